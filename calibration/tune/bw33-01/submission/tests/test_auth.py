from fastapi.testclient import TestClient


def test_register_does_not_leak_password(client: TestClient) -> None:
    r = client.post("/auth/register", json={"username": "carol", "password": "longenough"})
    assert r.status_code == 201
    body = r.json()
    assert body["username"] == "carol"
    assert "password" not in body and "password_hash" not in body


def test_register_duplicate_username_is_409(client: TestClient) -> None:
    payload = {"username": "dave", "password": "longenough"}
    assert client.post("/auth/register", json=payload).status_code == 201
    assert client.post("/auth/register", json=payload).status_code == 409


def test_register_rejects_short_password(client: TestClient) -> None:
    r = client.post("/auth/register", json={"username": "erin", "password": "short"})
    assert r.status_code == 422


def test_login_wrong_password_is_401(client: TestClient) -> None:
    client.post("/auth/register", json={"username": "frank", "password": "longenough"})
    r = client.post("/auth/token", data={"username": "frank", "password": "wrong-password"})
    assert r.status_code == 401


def test_login_unknown_user_is_401(client: TestClient) -> None:
    r = client.post("/auth/token", data={"username": "ghost", "password": "whatever1"})
    assert r.status_code == 401


def test_todos_require_token(client: TestClient) -> None:
    assert client.get("/todos").status_code == 401
    assert client.post("/todos", json={"title": "x"}).status_code == 401


def test_garbage_token_is_401(client: TestClient) -> None:
    r = client.get("/todos", headers={"Authorization": "Bearer not.a.jwt"})
    assert r.status_code == 401
