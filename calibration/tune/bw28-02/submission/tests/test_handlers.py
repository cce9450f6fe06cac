import time
from collections.abc import Iterator
from pathlib import Path

import jwt
import pytest
from fastapi.testclient import TestClient

from todo.app import new_app
from todo.config import Config

SECRET = "test-secret"


@pytest.fixture
def client(tmp_path: Path) -> Iterator[TestClient]:
    cfg = Config(
        addr="127.0.0.1",
        port=0,
        db_path=str(tmp_path / "test.db"),
        jwt_secret=SECRET,
        token_ttl_seconds=60,
        pbkdf2_iterations=1_000,
    )
    with TestClient(new_app(cfg)) as c:
        yield c


def signup_and_login(c: TestClient, username: str) -> dict[str, str]:
    creds = {"username": username, "password": "password123"}
    r = c.post("/signup", json=creds)
    assert r.status_code == 201, r.text
    r = c.post("/login", json=creds)
    assert r.status_code == 200, r.text
    return {"Authorization": "Bearer " + r.json()["access_token"]}


def test_signup(client: TestClient) -> None:
    cases = [
        ("ok", {"username": "alice", "password": "password123"}, 201),
        ("duplicate", {"username": "alice", "password": "password123"}, 409),
        ("short password", {"username": "bob", "password": "123"}, 422),
        ("missing username", {"password": "password123"}, 422),
        ("bad username", {"username": "b o b", "password": "password123"}, 422),
    ]
    for name, body, want in cases:
        r = client.post("/signup", json=body)
        assert r.status_code == want, name
        assert "password" not in r.text or want != 201, name
        assert "password_hash" not in r.json() if want == 201 else True, name


def test_login(client: TestClient) -> None:
    client.post("/signup", json={"username": "alice", "password": "password123"})
    cases = [
        ("ok", {"username": "alice", "password": "password123"}, 200),
        ("wrong password", {"username": "alice", "password": "wrongpass1"}, 401),
        ("unknown user", {"username": "nobody", "password": "password123"}, 401),
        ("empty body", {}, 422),
    ]
    for name, body, want in cases:
        r = client.post("/login", json=body)
        assert r.status_code == want, name


@pytest.mark.parametrize(
    "headers",
    [
        {},
        {"Authorization": "Bearer"},
        {"Authorization": "Token abc"},
        {"Authorization": "Bearer not.a.jwt"},
        {"Authorization": "Bearer " + jwt.encode({"sub": "1", "exp": int(time.time()) - 10}, SECRET)},
        {"Authorization": "Bearer " + jwt.encode({"sub": "1", "exp": int(time.time()) + 60}, "other")},
        {"Authorization": "Bearer " + jwt.encode({"sub": "999", "exp": int(time.time()) + 60}, SECRET)},
    ],
    ids=["none", "empty", "wrong scheme", "garbage", "expired", "bad signature", "unknown user"],
)
def test_auth_required(client: TestClient, headers: dict[str, str]) -> None:
    r = client.get("/todos", headers=headers)
    assert r.status_code == 401


def test_todo_crud(client: TestClient) -> None:
    h = signup_and_login(client, "alice")

    r = client.post("/todos", json={"title": "write tests"}, headers=h)
    assert r.status_code == 201
    todo = r.json()
    assert todo["id"] > 0 and todo["done"] is False

    r = client.get(f"/todos/{todo['id']}", headers=h)
    assert r.status_code == 200 and r.json()["title"] == "write tests"

    r = client.patch(f"/todos/{todo['id']}", json={"done": True}, headers=h)
    assert r.status_code == 200 and r.json()["done"] is True and r.json()["title"] == "write tests"

    r = client.delete(f"/todos/{todo['id']}", headers=h)
    assert r.status_code == 204

    r = client.get(f"/todos/{todo['id']}", headers=h)
    assert r.status_code == 404


@pytest.mark.parametrize(
    "body",
    [{}, {"title": ""}, {"title": 123}, {"title": "x", "done": "nope"}, {"title": "x" * 300}],
    ids=["no title", "empty title", "int title", "bad done", "long title"],
)
def test_create_validation(client: TestClient, body: dict[str, object]) -> None:
    h = signup_and_login(client, "alice")
    r = client.post("/todos", json=body, headers=h)
    assert r.status_code == 422
    assert client.get("/todos", headers=h).json()["total"] == 0


def test_not_found(client: TestClient) -> None:
    h = signup_and_login(client, "alice")
    for method in ("GET", "PATCH", "DELETE"):
        r = client.request(method, "/todos/4242", headers=h, json={"done": True} if method == "PATCH" else None)
        assert r.status_code == 404, method


def test_isolation_between_users(client: TestClient) -> None:
    alice = signup_and_login(client, "alice")
    bob = signup_and_login(client, "bob")
    tid = client.post("/todos", json={"title": "alice only"}, headers=alice).json()["id"]

    assert client.get(f"/todos/{tid}", headers=bob).status_code == 404
    assert client.patch(f"/todos/{tid}", json={"title": "pwned"}, headers=bob).status_code == 404
    assert client.delete(f"/todos/{tid}", headers=bob).status_code == 404
    assert client.get("/todos", headers=bob).json()["total"] == 0
    assert client.get(f"/todos/{tid}", headers=alice).json()["title"] == "alice only"


def test_pagination(client: TestClient) -> None:
    h = signup_and_login(client, "alice")
    for i in range(5):
        client.post("/todos", json={"title": f"t{i}"}, headers=h)

    r = client.get("/todos?limit=2&offset=2", headers=h)
    assert r.status_code == 200
    body = r.json()
    assert [t["title"] for t in body["items"]] == ["t2", "t3"]
    assert body["total"] == 5

    for q in ("limit=0", "limit=101", "offset=-1", "limit=abc"):
        assert client.get(f"/todos?{q}", headers=h).status_code == 422, q
