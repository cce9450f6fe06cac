from fastapi.testclient import TestClient

from app.models import Comment, Post, User, db
from main import app


class FeatureTestCase:
    """Base class like Laravel's TestCase + RefreshDatabase."""

    def setup_method(self):
        db.drop_tables([Comment, Post, User], safe=True)
        db.create_tables([User, Post, Comment])
        self.client = TestClient(app)

    def register(self, username="taylor", password="secret123"):
        return self.client.post("/api/register", json={
            "username": username,
            "password": password,
            "password_confirmation": password,
        })

    def acting_as(self, username="taylor", password="secret123"):
        self.register(username, password)
        res = self.client.post("/api/login", json={"username": username, "password": password})
        return {"Authorization": "Bearer " + res.json()["token"]}
