import uuid

import jwt
from fastapi.testclient import TestClient


def _name() -> str:
    return f"u_{uuid.uuid4().hex[:12]}"


def test_register_returns_user_without_password(client: TestClient) -> None:
    name = _name()
    r = client.post("/auth/register", json={"username": name, "password": "longenough1"})
    assert r.status_code == 201
    body = r.json()
    assert body["username"] == name
    assert set(body) == {"id", "username"}


def test_register_duplicate_is_409(client: TestClient) -> None:
    name = _name()
    payload = {"username": name, "password": "longenough1"}
    assert client.post("/auth/register", json=payload).status_code == 201
    assert client.post("/auth/register", json=payload).status_code == 409


def test_register_validation(client: TestClient) -> None:
    assert client.post("/auth/register", json={"username": "ab", "password": "longenough1"}).status_code == 422
    assert client.post("/auth/register", json={"username": _name(), "password": "short"}).status_code == 422
    assert client.post("/auth/register", json={"username": "bad name!", "password": "longenough1"}).status_code == 422
    assert client.post("/auth/register", json={"username": _name()}).status_code == 422
    assert client.post("/auth/register", json={"username": _name(), "password": "x" * 73}).status_code == 422


def test_login_wrong_password_and_unknown_user(client: TestClient) -> None:
    name = _name()
    client.post("/auth/register", json={"username": name, "password": "longenough1"})
    r = client.post("/auth/token", data={"username": name, "password": "wrong-password"})
    assert r.status_code == 401
    r = client.post("/auth/token", data={"username": _name(), "password": "whatever123"})
    assert r.status_code == 401


def test_login_missing_fields_is_422(client: TestClient) -> None:
    assert client.post("/auth/token", data={"username": "x"}).status_code == 422


def test_protected_route_requires_token(client: TestClient) -> None:
    assert client.get("/todos").status_code == 401


def test_garbage_and_forged_tokens_rejected(client: TestClient) -> None:
    r = client.get("/todos", headers={"Authorization": "Bearer not-a-jwt"})
    assert r.status_code == 401
    forged = jwt.encode({"sub": "someone", "exp": 9999999999}, "wrong-secret", algorithm="HS256")
    r = client.get("/todos", headers={"Authorization": f"Bearer {forged}"})
    assert r.status_code == 401


def test_token_for_deleted_or_unknown_user_rejected(client: TestClient) -> None:
    import os

    token = jwt.encode(
        {"sub": "ghost_user", "exp": 9999999999}, os.environ["TODO_JWT_SECRET"], algorithm="HS256"
    )
    r = client.get("/todos", headers={"Authorization": f"Bearer {token}"})
    assert r.status_code == 401


def test_health(client: TestClient) -> None:
    assert client.get("/health").json() == {"status": "ok"}
