import unittest

from fastapi.testclient import TestClient

from todoapp.db import Base, engine
from todoapp.main import app


class TodoTestCase(unittest.TestCase):
    def setUp(self):
        Base.metadata.drop_all(bind=engine)
        Base.metadata.create_all(bind=engine)
        self.client = TestClient(app)
        self.client.post("/signup", json={"username": "john", "password": "secret"})
        token = self.client.post("/login", json={"username": "john", "password": "secret"}).json()["token"]
        self.headers = {"Authorization": f"Token {token}"}

    def test_signup(self):
        response = self.client.post("/signup", json={"username": "jane", "password": "secret"})
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response.json()["username"], "jane")

    def test_create_todo(self):
        response = self.client.post("/todos", json={"title": "Buy milk"}, headers=self.headers)
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response.json()["title"], "Buy milk")

    def test_list_todos(self):
        self.client.post("/todos", json={"title": "Buy milk"}, headers=self.headers)
        self.client.post("/todos", json={"title": "Walk dog"}, headers=self.headers)
        response = self.client.get("/todos", headers=self.headers)
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response.json()["count"], 2)

    def test_update_todo(self):
        todo = self.client.post("/todos", json={"title": "Buy milk"}, headers=self.headers).json()
        response = self.client.put(f"/todos/{todo['id']}", json={"done": True}, headers=self.headers)
        self.assertEqual(response.status_code, 200)
        self.assertTrue(response.json()["done"])
