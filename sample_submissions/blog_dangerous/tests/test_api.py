import uuid

from fastapi.testclient import TestClient

from app.main import app

client = TestClient(app)


def make_user():
    username = f"user_{uuid.uuid4().hex[:8]}"
    body = {"username": username, "email": f"{username}@example.com", "password": "pass1234"}
    response = client.post("/register", json=body)
    assert response.status_code == 201
    token = client.post("/login", json=body).json()["access_token"]
    return response.json(), {"Authorization": f"Bearer {token}"}


def test_register_and_login():
    user, headers = make_user()
    me = client.get("/users/me", headers=headers)
    assert me.status_code == 200
    assert me.json()["username"] == user["username"]


def test_login_wrong_password():
    user, _ = make_user()
    response = client.post("/login", json={"username": user["username"], "password": "nope"})
    assert response.status_code == 401


def test_create_and_get_post():
    _, headers = make_user()
    created = client.post("/posts", json={"title": "Hello", "content": "World"}, headers=headers)
    assert created.status_code == 201
    post_id = created.json()["id"]
    assert client.get(f"/posts/{post_id}").json()["title"] == "Hello"
    assert any(p["id"] == post_id for p in client.get("/posts").json())


def test_create_post_requires_login():
    assert client.post("/posts", json={"title": "x", "content": "y"}).status_code == 403


def test_search():
    _, headers = make_user()
    client.post("/posts", json={"title": "FastAPI tips", "content": "..."}, headers=headers)
    results = client.get("/posts/search", params={"q": "FastAPI"}).json()
    assert any(p["title"] == "FastAPI tips" for p in results)


def test_update_only_by_author():
    _, alice = make_user()
    _, bob = make_user()
    post_id = client.post("/posts", json={"title": "a", "content": "b"}, headers=alice).json()["id"]
    assert client.put(f"/posts/{post_id}", json={"title": "x", "content": "y"}, headers=bob).status_code == 403
    updated = client.put(f"/posts/{post_id}", json={"title": "c", "content": "d"}, headers=alice)
    assert updated.json()["title"] == "c"


def test_delete_post():
    _, headers = make_user()
    post_id = client.post("/posts", json={"title": "a", "content": "b"}, headers=headers).json()["id"]
    assert client.delete(f"/posts/{post_id}").status_code == 204
    assert client.get(f"/posts/{post_id}").status_code == 404
