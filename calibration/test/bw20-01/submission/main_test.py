import os
import uuid

os.environ["TODO_DB"] = ":memory:"
os.environ.setdefault("PBKDF2_ITERATIONS", "1000")

import pytest  # noqa: E402
from fastapi.testclient import TestClient  # noqa: E402

import main  # noqa: E402

client = TestClient(main.app)


def new_user() -> tuple[str, dict]:
    """Registers a fresh user and returns (username, auth headers)."""
    name = "u" + uuid.uuid4().hex[:12]
    r = client.post("/auth/register", json={"username": name, "password": "correct-horse"})
    assert r.status_code == 201, r.text
    r = client.post("/auth/login", json={"username": name, "password": "correct-horse"})
    assert r.status_code == 200, r.text
    return name, {"Authorization": "Bearer " + r.json()["access_token"]}


def new_todo(headers: dict, title: str = "buy milk") -> dict:
    r = client.post("/todos", json={"title": title}, headers=headers)
    assert r.status_code == 201, r.text
    return r.json()


# --- auth ---


def test_register_returns_user_without_password():
    r = client.post("/auth/register", json={"username": "alice_" + uuid.uuid4().hex[:6], "password": "password123"})
    assert r.status_code == 201
    body = r.json()
    assert set(body) == {"id", "username"}


def test_register_duplicate():
    name, _ = new_user()
    r = client.post("/auth/register", json={"username": name, "password": "another-pass"})
    assert r.status_code == 409


@pytest.mark.parametrize(
    "body",
    [
        {},
        {"username": "ab", "password": "password123"},
        {"username": "has space", "password": "password123"},
        {"username": "bob_ok", "password": "short"},
        {"username": 123, "password": "password123"},
    ],
)
def test_register_invalid(body):
    r = client.post("/auth/register", json=body)
    assert r.status_code == 422


@pytest.mark.parametrize(
    "password,status",
    [
        ("correct-horse", 200),
        ("wrong-horse", 401),
        ("", 401),
    ],
)
def test_login(password, status):
    name = "l" + uuid.uuid4().hex[:10]
    client.post("/auth/register", json={"username": name, "password": "correct-horse"})
    r = client.post("/auth/login", json={"username": name, "password": password})
    assert r.status_code == status


def test_login_unknown_user():
    r = client.post("/auth/login", json={"username": "nobody_here", "password": "whatever1"})
    assert r.status_code == 401


@pytest.mark.parametrize(
    "headers",
    [
        {},
        {"Authorization": "Bearer"},
        {"Authorization": "Basic abc"},
        {"Authorization": "Bearer not-a-real-token"},
    ],
)
def test_todos_require_token(headers):
    r = client.get("/todos", headers=headers)
    assert r.status_code == 401


def test_expired_token():
    name, _ = new_user()
    user, err = main.db.user_by_name(name)
    assert err is None
    main.db.save_token("expired-token", user.id, 0)
    r = client.get("/todos", headers={"Authorization": "Bearer expired-token"})
    assert r.status_code == 401


# --- todos ---


def test_create_and_get():
    _, h = new_user()
    todo = new_todo(h)
    assert todo["title"] == "buy milk"
    assert todo["done"] is False
    assert todo["description"] == ""
    r = client.get(f"/todos/{todo['id']}", headers=h)
    assert r.status_code == 200
    assert r.json() == todo


@pytest.mark.parametrize(
    "body",
    [
        {},
        {"title": ""},
        {"title": "x" * 201},
        {"title": "ok", "done": "maybe"},
        {"title": "ok", "description": "d" * 2001},
    ],
)
def test_create_invalid(body):
    _, h = new_user()
    r = client.post("/todos", json=body, headers=h)
    assert r.status_code == 422


def test_update():
    _, h = new_user()
    todo = new_todo(h)
    r = client.put(f"/todos/{todo['id']}", json={"title": "buy oat milk", "done": True}, headers=h)
    assert r.status_code == 200
    assert r.json()["done"] is True
    assert client.get(f"/todos/{todo['id']}", headers=h).json()["title"] == "buy oat milk"


def test_delete():
    _, h = new_user()
    todo = new_todo(h)
    r = client.delete(f"/todos/{todo['id']}", headers=h)
    assert r.status_code == 204
    assert client.get(f"/todos/{todo['id']}", headers=h).status_code == 404
    assert client.delete(f"/todos/{todo['id']}", headers=h).status_code == 404


@pytest.mark.parametrize("method", ["get", "put", "delete"])
def test_other_users_todo_is_not_found(method):
    _, owner = new_user()
    _, other = new_user()
    todo = new_todo(owner)
    kwargs = {"headers": other}
    if method == "put":
        kwargs["json"] = {"title": "hijack"}
    r = getattr(client, method)(f"/todos/{todo['id']}", **kwargs)
    assert r.status_code == 404
    # still intact for the owner
    assert client.get(f"/todos/{todo['id']}", headers=owner).json()["title"] == "buy milk"


def test_missing_todo():
    _, h = new_user()
    assert client.get("/todos/999999", headers=h).status_code == 404
    assert client.put("/todos/999999", json={"title": "x"}, headers=h).status_code == 404


def test_list_pagination():
    _, h = new_user()
    for i in range(5):
        new_todo(h, f"t{i}")
    r = client.get("/todos?limit=2&offset=1", headers=h)
    assert r.status_code == 200
    assert [t["title"] for t in r.json()] == ["t1", "t2"]
    r = client.get("/todos", headers=h)
    assert len(r.json()) == 5


def test_list_only_own():
    _, a = new_user()
    _, b = new_user()
    new_todo(a, "mine")
    assert client.get("/todos", headers=b).json() == []


@pytest.mark.parametrize(
    "query,status",
    [
        ("limit=0", 400),
        ("limit=101", 400),
        ("offset=-1", 400),
        ("limit=abc", 422),
        ("limit=100", 200),
    ],
)
def test_list_bad_params(query, status):
    _, h = new_user()
    r = client.get(f"/todos?{query}", headers=h)
    assert r.status_code == status
