"""Integration tests. Need a scratch PostgreSQL database in TEST_DATABASE_URL.

    TEST_DATABASE_URL=postgresql://todo:todo@localhost:5433/todo_test python -m unittest -v
"""
import os
import unittest
import uuid

TEST_DSN = os.environ.get("TEST_DATABASE_URL")

if TEST_DSN:
    os.environ["DATABASE_URL"] = TEST_DSN
    os.environ.setdefault("TODO_SECRET", "unit-test-secret-0123456789abcdef")
    os.environ.setdefault("BCRYPT_ROUNDS", "4")

    from fastapi.testclient import TestClient

    from todo_api import db
    from todo_api.app import app


@unittest.skipUnless(TEST_DSN, "TEST_DATABASE_URL not set")
class TodoApiTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls) -> None:
        cls.client = TestClient(app)
        cls.client.__enter__()

    @classmethod
    def tearDownClass(cls) -> None:
        cls.client.__exit__(None, None, None)

    def setUp(self) -> None:
        with db.connection() as conn:
            with conn.cursor() as cur:
                cur.execute("TRUNCATE todo, app_user RESTART IDENTITY CASCADE")
        self.h = self._user("alice")

    def _user(self, name: str) -> dict[str, str]:
        r = self.client.post("/auth/signup", json={"username": name, "password": "password123"})
        self.assertEqual(r.status_code, 201, r.text)
        r = self.client.post("/auth/token", data={"username": name, "password": "password123"})
        self.assertEqual(r.status_code, 200, r.text)
        return {"Authorization": "Bearer " + r.json()["access_token"]}

    def _create(self, **body: object) -> dict:
        body.setdefault("title", "t")
        r = self.client.post("/todos", json=body, headers=self.h)
        self.assertEqual(r.status_code, 201, r.text)
        return r.json()

    # --- auth

    def test_signup_duplicate(self) -> None:
        r = self.client.post("/auth/signup", json={"username": "alice", "password": "password123"})
        self.assertEqual(r.status_code, 409)

    def test_signup_bad_input(self) -> None:
        for body in ({"username": "al", "password": "password123"},
                     {"username": "Alice!", "password": "password123"},
                     {"username": "bob", "password": "short"},
                     {"username": "bob", "password": 12345678},
                     {"username": "bob", "password": "password123", "admin": True}):
            with self.subTest(body=body):
                self.assertEqual(self.client.post("/auth/signup", json=body).status_code, 422)

    def test_login_wrong_password(self) -> None:
        r = self.client.post("/auth/token", data={"username": "alice", "password": "nope-nope"})
        self.assertEqual(r.status_code, 401)

    def test_requires_token(self) -> None:
        self.assertEqual(self.client.get("/todos").status_code, 401)
        bad = {"Authorization": "Bearer abc.def.ghi"}
        self.assertEqual(self.client.get("/todos", headers=bad).status_code, 401)

    # --- todos

    def test_create_and_read(self) -> None:
        t = self._create(title="milk", description="2l", done=True)
        self.assertTrue(t["done"])
        self.assertFalse(t["pinned"])
        r = self.client.get(f"/todos/{t['id']}", headers=self.h)
        self.assertEqual(r.status_code, 200)
        self.assertEqual(r.json()["description"], "2l")

    def test_create_rejects_bad_types(self) -> None:
        for body in ({}, {"title": ""}, {"title": 5}, {"title": "x", "done": "yes"},
                     {"title": "x", "done": 1}, {"title": "x" * 201}):
            with self.subTest(body=body):
                r = self.client.post("/todos", json=body, headers=self.h)
                self.assertEqual(r.status_code, 422)

    def test_patch(self) -> None:
        t = self._create()
        r = self.client.patch(f"/todos/{t['id']}", json={"done": True, "pinned": True}, headers=self.h)
        self.assertEqual(r.status_code, 200)
        self.assertTrue(r.json()["done"])
        self.assertTrue(r.json()["pinned"])
        r = self.client.patch(f"/todos/{t['id']}", json={"title": None}, headers=self.h)
        self.assertEqual(r.status_code, 422)

    def test_delete(self) -> None:
        t = self._create()
        self.assertEqual(self.client.delete(f"/todos/{t['id']}", headers=self.h).status_code, 204)
        self.assertEqual(self.client.get(f"/todos/{t['id']}", headers=self.h).status_code, 404)

    def test_isolation(self) -> None:
        t = self._create()
        bob = self._user("bob")
        self.assertEqual(self.client.get(f"/todos/{t['id']}", headers=bob).status_code, 404)
        self.assertEqual(self.client.patch(f"/todos/{t['id']}", json={"done": True}, headers=bob).status_code, 404)
        self.assertEqual(self.client.delete(f"/todos/{t['id']}", headers=bob).status_code, 404)

    def test_pagination(self) -> None:
        for i in range(7):
            self._create(title=f"t{i}")
        r = self.client.get("/todos", params={"limit": 3, "offset": 3}, headers=self.h)
        self.assertEqual(r.status_code, 200)
        self.assertEqual(r.json()["total"], 7)
        self.assertEqual([x["title"] for x in r.json()["items"]], ["t3", "t4", "t5"])
        for bad in ({"limit": 0}, {"limit": 101}, {"offset": -1}):
            with self.subTest(bad=bad):
                self.assertEqual(self.client.get("/todos", params=bad, headers=self.h).status_code, 422)

    def test_unknown_id(self) -> None:
        self.assertEqual(self.client.get(f"/todos/{uuid.uuid4().int % 10**9 + 10**6}", headers=self.h).status_code, 404)


if __name__ == "__main__":
    unittest.main()
