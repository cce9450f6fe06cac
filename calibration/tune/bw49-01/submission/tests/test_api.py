"""End-to-end tests for the main user journeys."""
import uuid

from fastapi.testclient import TestClient

from app.main import app

client = TestClient(app)
API = "/api/v1"


def _new_user() -> dict[str, str]:
    return {"username": f"user_{uuid.uuid4().hex[:8]}", "password": "supersecret123"}


def _auth_headers(user: dict[str, str]) -> dict[str, str]:
    client.post(f"{API}/auth/signup", json=user)
    resp = client.post(f"{API}/auth/login", data=user)
    token = resp.json()["access_token"]
    return {"Authorization": f"Bearer {token}"}


def test_health():
    resp = client.get("/health")
    assert resp.status_code == 200
    assert resp.json() == {"status": "ok"}


def test_signup_and_login():
    user = _new_user()
    resp = client.post(f"{API}/auth/signup", json=user)
    assert resp.status_code == 201
    assert resp.json()["username"] == user["username"]
    assert "password" not in resp.json()

    resp = client.post(f"{API}/auth/login", data=user)
    assert resp.status_code == 200
    assert resp.json()["token_type"] == "bearer"


def test_create_and_read_post():
    headers = _auth_headers(_new_user())
    resp = client.post(
        f"{API}/posts", json={"title": "Hello", "content": "My first post"}, headers=headers
    )
    assert resp.status_code == 201
    post_id = resp.json()["id"]

    resp = client.get(f"{API}/posts/{post_id}")
    assert resp.status_code == 200
    assert resp.json()["title"] == "Hello"


def test_list_posts():
    headers = _auth_headers(_new_user())
    client.post(f"{API}/posts", json={"title": "A", "content": "a"}, headers=headers)
    resp = client.get(f"{API}/posts", params={"limit": 5})
    assert resp.status_code == 200
    assert len(resp.json()) <= 5


def test_update_and_delete_post():
    headers = _auth_headers(_new_user())
    post_id = client.post(
        f"{API}/posts", json={"title": "Draft", "content": "..."}, headers=headers
    ).json()["id"]

    resp = client.patch(f"{API}/posts/{post_id}", json={"title": "Final"}, headers=headers)
    assert resp.status_code == 200
    assert resp.json()["title"] == "Final"

    resp = client.delete(f"{API}/posts/{post_id}", headers=headers)
    assert resp.status_code == 204


def test_comments():
    headers = _auth_headers(_new_user())
    post_id = client.post(
        f"{API}/posts", json={"title": "Discuss", "content": "thoughts?"}, headers=headers
    ).json()["id"]

    resp = client.post(
        f"{API}/posts/{post_id}/comments", json={"content": "Nice!"}, headers=headers
    )
    assert resp.status_code == 201

    resp = client.get(f"{API}/posts/{post_id}/comments")
    assert resp.status_code == 200
    assert resp.json()[0]["content"] == "Nice!"
