import pytest
from fastapi.testclient import TestClient

from blog.models import User


def test_register_returns_201(client: TestClient) -> None:
    r = client.post("/users", json={"username": "alice", "password": "secret123"})
    assert r.status_code == 201
    assert r.json()["username"] == "alice"
    assert "id" in r.json()


def test_register_does_not_leak_password(client: TestClient) -> None:
    r = client.post("/users", json={"username": "alice", "password": "secret123"})
    assert "password" not in r.text
    assert "secret123" not in r.text


def test_password_stored_as_bcrypt(client: TestClient, db_session) -> None:
    client.post("/users", json={"username": "alice", "password": "secret123"})
    user = db_session.query(User).filter_by(username="alice").one()
    assert user.password_hash.startswith("$2b$")


def test_register_duplicate(client: TestClient, make_user) -> None:
    make_user("alice")
    r = client.post("/users", json={"username": "alice", "password": "other-pass"})
    assert r.status_code == 400


@pytest.mark.parametrize(
    "body",
    [
        {},
        {"username": "alice"},
        {"password": "secret123"},
        {"username": "al", "password": "secret123"},
        {"username": "a" * 51, "password": "secret123"},
        {"username": "alice", "password": "123"},
        {"username": None, "password": "secret123"},
        {"username": ["alice"], "password": "secret123"},
    ],
    ids=[
        "empty",
        "no-password",
        "no-username",
        "short-username",
        "long-username",
        "short-password",
        "null-username",
        "list-username",
    ],
)
def test_register_validation(client: TestClient, body: dict) -> None:
    r = client.post("/users", json=body)
    assert r.status_code == 422


def test_login_ok(client: TestClient, make_user) -> None:
    make_user("bob", password="bobs-password")
    r = client.post("/token", data={"username": "bob", "password": "bobs-password"})
    assert r.status_code == 200
    assert r.json()["token_type"] == "bearer"


@pytest.mark.parametrize(
    "username,password",
    [("bob", "wrong"), ("nobody", "bobs-password"), ("", "")],
    ids=["wrong-password", "unknown-user", "empty"],
)
def test_login_fails(client: TestClient, make_user, username: str, password: str) -> None:
    make_user("bob", password="bobs-password")
    r = client.post("/token", data={"username": username, "password": password})
    assert r.status_code in (401, 422)


def test_me(client: TestClient, make_user) -> None:
    u = make_user("carol")
    r = client.get("/users/me", headers=u["headers"])
    assert r.status_code == 200
    assert r.json()["username"] == "carol"


@pytest.mark.parametrize(
    "headers",
    [
        {},
        {"Authorization": "Bearer nonsense"},
        {"Authorization": "Token abc"},
        {"Authorization": "Bearer eyJhbGciOiJIUzI1NiJ9.e30.ZRrHA1JJJW8opsbCGfG_HACGpVUMN_a9IV7pAx_Zmeo"},
    ],
    ids=["missing", "garbage", "wrong-scheme", "foreign-signature"],
)
def test_me_unauthorized(client: TestClient, headers: dict) -> None:
    r = client.get("/users/me", headers=headers)
    assert r.status_code == 401
