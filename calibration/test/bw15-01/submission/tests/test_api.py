from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from blog.app import create_app


@pytest.fixture
def client(tmp_path) -> TestClient:
    return TestClient(create_app(str(tmp_path / "test.db")))


def signup_login(c: TestClient, username: str, password: str = "correct-horse") -> dict[str, str]:
    r = c.post("/users", json={"username": username, "password": password})
    assert r.status_code == 201, r.text
    r = c.post("/sessions", json={"username": username, "password": password})
    assert r.status_code == 200, r.text
    return {"Authorization": f"Bearer {r.json()['access_token']}"}


def test_signup_does_not_leak_hash(client: TestClient) -> None:
    r = client.post("/users", json={"username": "ann", "password": "correct-horse"})
    assert r.status_code == 201
    assert set(r.json()) == {"id", "username"}


def test_signup_duplicate(client: TestClient) -> None:
    signup_login(client, "ann")
    r = client.post("/users", json={"username": "ann", "password": "another-one"})
    assert r.status_code == 409


@pytest.mark.parametrize(
    "body",
    [
        {},
        {"username": "ann"},
        {"username": "a", "password": "correct-horse"},
        {"username": "ann", "password": "short"},
        {"username": "bad name", "password": "correct-horse"},
        {"username": 7, "password": "correct-horse"},
    ],
)
def test_signup_validation(client: TestClient, body: dict) -> None:
    assert client.post("/users", json=body).status_code == 422


@pytest.mark.parametrize(
    "username,password",
    [("ann", "wrong-password"), ("nobody", "correct-horse")],
)
def test_login_rejects(client: TestClient, username: str, password: str) -> None:
    signup_login(client, "ann")
    r = client.post("/sessions", json={"username": username, "password": password})
    assert r.status_code == 401


@pytest.mark.parametrize(
    "headers",
    [{}, {"Authorization": "Bearer nope"}, {"Authorization": "Basic YTpi"}],
)
def test_write_requires_valid_token(client: TestClient, headers: dict[str, str]) -> None:
    r = client.post("/posts", json={"title": "t", "content": "c"}, headers=headers)
    assert r.status_code == 401


def test_post_lifecycle(client: TestClient) -> None:
    h = signup_login(client, "ann")
    r = client.post("/posts", json={"title": "Hello", "content": "World"}, headers=h)
    assert r.status_code == 201
    post = r.json()
    assert post["author"] == "ann" and post["id"] > 0

    assert client.get(f"/posts/{post['id']}").json()["title"] == "Hello"

    r = client.patch(f"/posts/{post['id']}", json={"title": "Hi"}, headers=h)
    assert r.status_code == 200
    assert r.json()["title"] == "Hi" and r.json()["content"] == "World"

    r = client.delete(f"/posts/{post['id']}", headers=h)
    assert r.status_code == 204 and r.content == b""
    assert client.get(f"/posts/{post['id']}").status_code == 404


@pytest.mark.parametrize(
    "method,body,want",
    [
        ("patch", {"title": "mine now"}, 403),
        ("delete", None, 403),
    ],
)
def test_only_author_can_change(client: TestClient, method: str, body: dict | None, want: int) -> None:
    ann = signup_login(client, "ann")
    bob = signup_login(client, "bob")
    pid = client.post("/posts", json={"title": "t", "content": "c"}, headers=ann).json()["id"]
    r = client.request(method.upper(), f"/posts/{pid}", json=body, headers=bob)
    assert r.status_code == want
    assert client.get(f"/posts/{pid}").json()["title"] == "t"


@pytest.mark.parametrize(
    "body",
    [{"title": None}, {"title": ""}, {"author_id": 2}, {"content": 5}],
)
def test_patch_validation(client: TestClient, body: dict) -> None:
    h = signup_login(client, "ann")
    pid = client.post("/posts", json={"title": "t", "content": "c"}, headers=h).json()["id"]
    assert client.patch(f"/posts/{pid}", json=body, headers=h).status_code == 422


def test_missing_post(client: TestClient) -> None:
    h = signup_login(client, "ann")
    assert client.get("/posts/999").status_code == 404
    assert client.patch("/posts/999", json={"title": "x"}, headers=h).status_code == 404
    assert client.delete("/posts/999", headers=h).status_code == 404
    assert client.post("/posts/999/comments", json={"body": "x"}, headers=h).status_code == 404
    assert client.get("/posts/999/comments").status_code == 404
    assert client.get("/posts/abc").status_code == 422
    assert client.get(f"/posts/{2**70}").status_code == 422


@pytest.mark.parametrize(
    "query,want",
    [
        ("", 200),
        ("?limit=1&offset=1", 200),
        ("?limit=0", 422),
        ("?limit=101", 422),
        ("?offset=-1", 422),
        ("?limit=ten", 422),
    ],
)
def test_list_pagination_bounds(client: TestClient, query: str, want: int) -> None:
    assert client.get("/posts" + query).status_code == want


def test_list_pagination_pages(client: TestClient) -> None:
    h = signup_login(client, "ann")
    for i in range(3):
        client.post("/posts", json={"title": f"p{i}", "content": "c"}, headers=h)
    page = client.get("/posts?limit=2&offset=0").json()["items"]
    assert [p["title"] for p in page] == ["p2", "p1"]
    page = client.get("/posts?limit=2&offset=2").json()["items"]
    assert [p["title"] for p in page] == ["p0"]


def test_comments(client: TestClient) -> None:
    ann = signup_login(client, "ann")
    bob = signup_login(client, "bob")
    pid = client.post("/posts", json={"title": "t", "content": "c"}, headers=ann).json()["id"]

    assert client.post(f"/posts/{pid}/comments", json={"body": "hi"}).status_code == 401
    assert client.post(f"/posts/{pid}/comments", json={"body": ""}, headers=bob).status_code == 422

    r = client.post(f"/posts/{pid}/comments", json={"body": "nice"}, headers=bob)
    assert r.status_code == 201
    assert r.json()["author"] == "bob"

    comments = client.get(f"/posts/{pid}/comments").json()
    assert [c["body"] for c in comments] == ["nice"]


def test_delete_post_removes_comments(client: TestClient) -> None:
    ann = signup_login(client, "ann")
    pid = client.post("/posts", json={"title": "t", "content": "c"}, headers=ann).json()["id"]
    client.post(f"/posts/{pid}/comments", json={"body": "x"}, headers=ann)
    client.delete(f"/posts/{pid}", headers=ann)
    assert client.get(f"/posts/{pid}/comments").status_code == 404
