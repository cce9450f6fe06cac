import os
import sqlite3
import tempfile
import unittest

from fastapi.testclient import TestClient

os.environ.setdefault("TODO_JWT_SECRET", "test-secret-test-secret-test-secret-0123")
os.environ.setdefault("TODO_PBKDF2_ITERS", "1000")

from app.config import get_settings  # noqa: E402
from app.main import app  # noqa: E402
from app.perms import Perm  # noqa: E402


class ApiTestCase(unittest.TestCase):
    """Each test gets its own database file and its own client."""

    def setUp(self) -> None:
        fd, self.db_path = tempfile.mkstemp(suffix=".sqlite3")
        os.close(fd)
        os.environ["TODO_DB_PATH"] = self.db_path
        get_settings.cache_clear()
        self.client = TestClient(app)
        self.client.__enter__()  # runs lifespan -> schema

    def tearDown(self) -> None:
        self.client.__exit__(None, None, None)
        get_settings.cache_clear()
        os.unlink(self.db_path)

    # helpers ----------------------------------------------------------

    def signup(self, username: str = "alice", password: str = "correct-horse") -> int:
        r = self.client.post("/auth/signup", json={"username": username, "password": password})
        self.assertEqual(r.status_code, 201, r.text)
        return r.json()["id"]

    def login(self, username: str = "alice", password: str = "correct-horse") -> dict[str, str]:
        r = self.client.post("/auth/token", data={"username": username, "password": password})
        self.assertEqual(r.status_code, 200, r.text)
        return {"Authorization": f"Bearer {r.json()['access_token']}"}

    def user(self, username: str = "alice") -> dict[str, str]:
        self.signup(username)
        return self.login(username)


class AuthTests(ApiTestCase):
    def test_signup_returns_201_without_password(self) -> None:
        r = self.client.post("/auth/signup", json={"username": "alice", "password": "correct-horse"})
        self.assertEqual(r.status_code, 201)
        body = r.json()
        self.assertEqual(body["username"], "alice")
        self.assertNotIn("password", body)
        self.assertNotIn("pw_hash", body)

    def test_password_is_not_stored_in_clear(self) -> None:
        self.signup()
        conn = sqlite3.connect(self.db_path)
        try:
            row = conn.execute("SELECT pw_hash, pw_salt FROM users").fetchone()
        finally:
            conn.close()
        self.assertNotIn(b"correct-horse", row[0])
        self.assertEqual(len(row[1]), 16)

    def test_duplicate_username_is_409(self) -> None:
        self.signup()
        r = self.client.post("/auth/signup", json={"username": "alice", "password": "another-one"})
        self.assertEqual(r.status_code, 409)

    def test_signup_validation(self) -> None:
        cases = [
            {"username": "al", "password": "correct-horse"},
            {"username": "alice", "password": "short"},
            {"username": "bad name!", "password": "correct-horse"},
            {"username": "alice"},
            {"username": 12345, "password": "correct-horse"},
        ]
        for body in cases:
            with self.subTest(body=body):
                r = self.client.post("/auth/signup", json=body)
                self.assertEqual(r.status_code, 422)

    def test_login_wrong_password_is_401(self) -> None:
        self.signup()
        r = self.client.post("/auth/token", data={"username": "alice", "password": "wrong-password"})
        self.assertEqual(r.status_code, 401)

    def test_login_unknown_user_is_401(self) -> None:
        r = self.client.post("/auth/token", data={"username": "nobody", "password": "whatever1"})
        self.assertEqual(r.status_code, 401)

    def test_no_token_is_401(self) -> None:
        self.assertEqual(self.client.get("/todos").status_code, 401)

    def test_garbage_token_is_401(self) -> None:
        r = self.client.get("/todos", headers={"Authorization": "Bearer not.a.jwt"})
        self.assertEqual(r.status_code, 401)

    def test_disabled_account_is_401(self) -> None:
        headers = self.user()
        conn = sqlite3.connect(self.db_path)
        try:
            with conn:
                conn.execute("UPDATE users SET perms = perms | ?", (int(Perm.DISABLED),))
        finally:
            conn.close()
        self.assertEqual(self.client.get("/todos", headers=headers).status_code, 401)

    def test_missing_write_bit_is_403(self) -> None:
        headers = self.user()
        conn = sqlite3.connect(self.db_path)
        try:
            with conn:
                conn.execute("UPDATE users SET perms = ?", (int(Perm.TODO_READ),))
        finally:
            conn.close()
        self.assertEqual(self.client.get("/todos", headers=headers).status_code, 200)
        r = self.client.post("/todos", json={"title": "x"}, headers=headers)
        self.assertEqual(r.status_code, 403)


class TodoTests(ApiTestCase):
    def setUp(self) -> None:
        super().setUp()
        self.h = self.user("alice")

    def create(self, title: str = "buy milk", **extra: object) -> dict:
        r = self.client.post("/todos", json={"title": title, **extra}, headers=self.h)
        self.assertEqual(r.status_code, 201, r.text)
        return r.json()

    def test_create_returns_201_with_id(self) -> None:
        todo = self.create(description="2 litres")
        self.assertIsInstance(todo["id"], int)
        self.assertEqual(todo["title"], "buy milk")
        self.assertEqual(todo["description"], "2 litres")
        self.assertFalse(todo["done"])

    def test_create_validation(self) -> None:
        cases = [
            {},
            {"title": ""},
            {"title": None},
            {"title": ["a"]},
            {"title": "x" * 201},
            {"title": "ok", "done": "maybe"},
            {"title": "ok", "owner_id": 99},
        ]
        for body in cases:
            with self.subTest(body=body):
                r = self.client.post("/todos", json=body, headers=self.h)
                self.assertEqual(r.status_code, 422)
        self.assertEqual(self.client.get("/todos", headers=self.h).json()["total"], 0)

    def test_read_and_list(self) -> None:
        a = self.create("a")
        self.create("b")
        r = self.client.get(f"/todos/{a['id']}", headers=self.h)
        self.assertEqual(r.status_code, 200)
        self.assertEqual(r.json()["title"], "a")
        page = self.client.get("/todos", headers=self.h).json()
        self.assertEqual(page["total"], 2)
        self.assertEqual([t["title"] for t in page["items"]], ["a", "b"])

    def test_pagination(self) -> None:
        for i in range(5):
            self.create(f"t{i}")
        r = self.client.get("/todos?limit=2&offset=2", headers=self.h)
        self.assertEqual(r.status_code, 200)
        body = r.json()
        self.assertEqual([t["title"] for t in body["items"]], ["t2", "t3"])
        self.assertEqual(body["total"], 5)

    def test_pagination_bounds(self) -> None:
        for qs in ("limit=0", "limit=101", "offset=-1", "limit=abc", "offset=99999999999"):
            with self.subTest(qs=qs):
                r = self.client.get(f"/todos?{qs}", headers=self.h)
                self.assertEqual(r.status_code, 422)

    def test_unknown_id_is_404(self) -> None:
        self.assertEqual(self.client.get("/todos/12345", headers=self.h).status_code, 404)

    def test_out_of_range_id_is_422_not_500(self) -> None:
        r = self.client.get(f"/todos/{2**64}", headers=self.h)
        self.assertEqual(r.status_code, 422)

    def test_other_users_todo_is_404(self) -> None:
        todo = self.create()
        bob = self.user("bob")
        tid = todo["id"]
        self.assertEqual(self.client.get(f"/todos/{tid}", headers=bob).status_code, 404)
        r = self.client.patch(f"/todos/{tid}", json={"done": True}, headers=bob)
        self.assertEqual(r.status_code, 404)
        self.assertEqual(self.client.delete(f"/todos/{tid}", headers=bob).status_code, 404)
        self.assertEqual(self.client.get("/todos", headers=bob).json()["total"], 0)
        # still intact for the owner
        r = self.client.get(f"/todos/{tid}", headers=self.h)
        self.assertFalse(r.json()["done"])

    def test_patch(self) -> None:
        todo = self.create()
        r = self.client.patch(f"/todos/{todo['id']}", json={"done": True}, headers=self.h)
        self.assertEqual(r.status_code, 200)
        self.assertTrue(r.json()["done"])
        self.assertEqual(r.json()["title"], "buy milk")

    def test_patch_rejects_null_title(self) -> None:
        todo = self.create()
        r = self.client.patch(f"/todos/{todo['id']}", json={"title": None}, headers=self.h)
        self.assertEqual(r.status_code, 422)

    def test_patch_empty_body_is_noop(self) -> None:
        todo = self.create()
        r = self.client.patch(f"/todos/{todo['id']}", json={}, headers=self.h)
        self.assertEqual(r.status_code, 200)
        self.assertEqual(r.json()["title"], "buy milk")

    def test_delete(self) -> None:
        todo = self.create()
        r = self.client.delete(f"/todos/{todo['id']}", headers=self.h)
        self.assertEqual(r.status_code, 204)
        self.assertEqual(r.content, b"")
        self.assertEqual(self.client.get(f"/todos/{todo['id']}", headers=self.h).status_code, 404)
        self.assertEqual(self.client.delete(f"/todos/{todo['id']}", headers=self.h).status_code, 404)


if __name__ == "__main__":
    unittest.main()
