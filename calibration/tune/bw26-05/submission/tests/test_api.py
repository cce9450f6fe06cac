import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(__file__)))
os.environ["DATABASE_URL"] = "sqlite:///./test_blog.db"

from fastapi.testclient import TestClient  # noqa: E402

from main import app  # noqa: E402


def test_signup_login_post_comment():
    if os.path.exists("test_blog.db"):
        os.remove("test_blog.db")
    with TestClient(app) as client:
        r = client.post("/users", json={"username": "founder", "password": "ship-it-now"})
        assert r.status_code == 201

        r = client.post("/token", data={"username": "founder", "password": "ship-it-now"})
        token = r.json()["access_token"]
        h = {"Authorization": f"Bearer {token}"}

        r = client.post("/posts", json={"title": "Launch", "content": "We are live"}, headers=h)
        assert r.status_code == 201
        post_id = r.json()["id"]

        r = client.post(f"/posts/{post_id}/comments", json={"body": "congrats"}, headers=h)
        assert r.status_code == 201

        r = client.get("/posts")
        assert len(r.json()) == 1
        r = client.get(f"/posts/{post_id}/comments")
        assert r.json()[0]["body"] == "congrats"


def test_search_posts():
    with TestClient(app) as client:
        r = client.get("/posts", params={"q": "Launch", "sort": "title"})
        assert r.status_code == 200
        assert r.json()[0]["title"] == "Launch"
