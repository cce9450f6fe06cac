import unittest
import uuid

from fastapi.testclient import TestClient

from main import app


class BlogTest(unittest.TestCase):
    # needs a running postgres, see README

    @classmethod
    def setUpClass(cls) -> None:
        cls.client = TestClient(app)
        cls.client.__enter__()
        cls.username = "u" + uuid.uuid4().hex[:10]
        r = cls.client.post("/register", json={"username": cls.username, "password": "secret123"})
        assert r.status_code == 201, r.text
        r = cls.client.post("/token", data={"username": cls.username, "password": "secret123"})
        cls.headers = {"Authorization": "Bearer " + r.json()["access_token"]}

    @classmethod
    def tearDownClass(cls) -> None:
        cls.client.__exit__(None, None, None)

    def test_create_and_get_post(self) -> None:
        r = self.client.post("/posts", json={"title": "hello", "content": "world"}, headers=self.headers)
        self.assertEqual(r.status_code, 201)
        pid = r.json()["id"]
        r = self.client.get(f"/posts/{pid}")
        self.assertEqual(r.status_code, 200)
        self.assertEqual(r.json()["title"], "hello")

    def test_list_posts(self) -> None:
        r = self.client.get("/posts")
        self.assertEqual(r.status_code, 200)
        self.assertIsInstance(r.json(), list)

    def test_update_post(self) -> None:
        r = self.client.post("/posts", json={"title": "a", "content": "b"}, headers=self.headers)
        pid = r.json()["id"]
        r = self.client.put(f"/posts/{pid}", json={"title": "a2", "content": "b2"}, headers=self.headers)
        self.assertEqual(r.status_code, 200)
        self.assertEqual(r.json()["title"], "a2")

    def test_comment(self) -> None:
        r = self.client.post("/posts", json={"title": "c", "content": "d"}, headers=self.headers)
        pid = r.json()["id"]
        r = self.client.post(f"/posts/{pid}/comments", json={"body": "nice"}, headers=self.headers)
        self.assertEqual(r.status_code, 201)
        r = self.client.get(f"/posts/{pid}/comments")
        self.assertEqual(len(r.json()), 1)


if __name__ == "__main__":
    unittest.main()
