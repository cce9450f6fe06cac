import sqlite3

from fastapi.testclient import TestClient

from blog import config

from tests.conftest import make_user


# ----------------------------------------------------------------- auth

def test_register_returns_201_without_password(client: TestClient) -> None:
    r = client.post("/auth/register", json={"username": "alice", "password": "password123"})
    assert r.status_code == 201
    body = r.json()
    assert body["username"] == "alice"
    assert "password" not in body and "password_hash" not in body


def test_register_duplicate_is_409(client: TestClient) -> None:
    make_user(client, "alice")
    r = client.post("/auth/register", json={"username": "alice", "password": "password123"})
    assert r.status_code == 409


def test_register_validation(client: TestClient) -> None:
    assert client.post("/auth/register", json={"username": "al", "password": "password123"}).status_code == 422
    assert client.post("/auth/register", json={"username": "alice", "password": "short"}).status_code == 422
    assert client.post("/auth/register", json={"username": "a b c", "password": "password123"}).status_code == 422
    assert client.post("/auth/register", json={"username": "alice"}).status_code == 422


def test_login_wrong_password_is_401(client: TestClient) -> None:
    make_user(client, "alice")
    r = client.post("/auth/token", data={"username": "alice", "password": "wrong-password"})
    assert r.status_code == 401
    r = client.post("/auth/token", data={"username": "nobody", "password": "password123"})
    assert r.status_code == 401


def test_bad_token_is_401(client: TestClient) -> None:
    r = client.post("/posts", json={"title": "t", "content": "c"}, headers={"Authorization": "Bearer junk"})
    assert r.status_code == 401


# ----------------------------------------------------------------- posts

def test_create_requires_auth(client: TestClient) -> None:
    assert client.post("/posts", json={"title": "t", "content": "c"}).status_code == 401


def test_post_crud(client: TestClient) -> None:
    h = make_user(client, "alice")
    r = client.post("/posts", json={"title": "Hello", "content": "World"}, headers=h)
    assert r.status_code == 201
    post = r.json()
    assert post["author"] == "alice"

    assert client.get(f"/posts/{post['id']}").json()["title"] == "Hello"

    r = client.put(f"/posts/{post['id']}", json={"title": "Hi", "content": "There"}, headers=h)
    assert r.status_code == 200 and r.json()["title"] == "Hi"

    r = client.patch(f"/posts/{post['id']}", json={"content": "Patched"}, headers=h)
    assert r.status_code == 200
    assert r.json()["title"] == "Hi" and r.json()["content"] == "Patched"

    assert client.delete(f"/posts/{post['id']}", headers=h).status_code == 204
    assert client.get(f"/posts/{post['id']}").status_code == 404


def test_post_validation(client: TestClient) -> None:
    h = make_user(client, "alice")
    assert client.post("/posts", json={"title": "", "content": "c"}, headers=h).status_code == 422
    assert client.post("/posts", json={"title": "   ", "content": "c"}, headers=h).status_code == 422
    assert client.post("/posts", json={"title": "t"}, headers=h).status_code == 422
    assert client.post("/posts", json={"title": 5, "content": "c"}, headers=h).status_code == 422
    assert client.post("/posts", json={"title": "x" * 201, "content": "c"}, headers=h).status_code == 422


def test_only_author_can_edit_or_delete(client: TestClient) -> None:
    alice = make_user(client, "alice")
    bob = make_user(client, "bob")
    pid = client.post("/posts", json={"title": "t", "content": "c"}, headers=alice).json()["id"]

    assert client.put(f"/posts/{pid}", json={"title": "x", "content": "y"}, headers=bob).status_code == 403
    assert client.patch(f"/posts/{pid}", json={"title": "x"}, headers=bob).status_code == 403
    assert client.delete(f"/posts/{pid}", headers=bob).status_code == 403
    assert client.get(f"/posts/{pid}").json()["title"] == "t"


def test_missing_post_is_404(client: TestClient) -> None:
    h = make_user(client, "alice")
    assert client.get("/posts/999").status_code == 404
    assert client.put("/posts/999", json={"title": "x", "content": "y"}, headers=h).status_code == 404
    assert client.delete("/posts/999", headers=h).status_code == 404


def test_pagination_bounds(client: TestClient) -> None:
    h = make_user(client, "alice")
    for i in range(5):
        client.post("/posts", json={"title": f"p{i}", "content": "c"}, headers=h)
    r = client.get("/posts", params={"limit": 2, "offset": 1})
    assert r.status_code == 200
    assert [p["title"] for p in r.json()] == ["p3", "p2"]
    assert client.get("/posts", params={"limit": 0}).status_code == 422
    assert client.get("/posts", params={"limit": 101}).status_code == 422
    assert client.get("/posts", params={"offset": -1}).status_code == 422
    assert client.get("/posts", params={"limit": "ten"}).status_code == 422


# ----------------------------------------------------------------- comments

def test_comments(client: TestClient) -> None:
    alice = make_user(client, "alice")
    bob = make_user(client, "bob")
    pid = client.post("/posts", json={"title": "t", "content": "c"}, headers=alice).json()["id"]

    r = client.post(f"/posts/{pid}/comments", json={"body": "first"}, headers=bob)
    assert r.status_code == 201
    assert r.json()["author"] == "bob" and r.json()["post_id"] == pid

    r = client.get(f"/posts/{pid}/comments")
    assert [c["body"] for c in r.json()] == ["first"]


def test_comment_errors(client: TestClient) -> None:
    h = make_user(client, "alice")
    assert client.post("/posts/999/comments", json={"body": "x"}, headers=h).status_code == 404
    assert client.get("/posts/999/comments").status_code == 404
    pid = client.post("/posts", json={"title": "t", "content": "c"}, headers=h).json()["id"]
    assert client.post(f"/posts/{pid}/comments", json={"body": "x"}).status_code == 401
    assert client.post(f"/posts/{pid}/comments", json={"body": ""}, headers=h).status_code == 422
    assert client.get(f"/posts/{pid}/comments", params={"limit": 1000}).status_code == 422


def test_deleting_post_deletes_comments(client: TestClient) -> None:
    h = make_user(client, "alice")
    pid = client.post("/posts", json={"title": "t", "content": "c"}, headers=h).json()["id"]
    client.post(f"/posts/{pid}/comments", json={"body": "x"}, headers=h)
    assert client.delete(f"/posts/{pid}", headers=h).status_code == 204

    conn = sqlite3.connect(config.DB_PATH)
    try:
        (n,) = conn.execute("SELECT COUNT(*) FROM comments WHERE post_id = ?", (pid,)).fetchone()
    finally:
        conn.close()
    assert n == 0
