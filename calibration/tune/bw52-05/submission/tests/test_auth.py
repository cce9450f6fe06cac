from fastapi.testclient import TestClient

from tests.conftest import auth_headers


def test_register(client: TestClient) -> None:
    response = client.post("/auth/register", json={"username": "alice", "password": "s3cret-pass"})
    assert response.status_code == 201
    data = response.json()
    assert data["username"] == "alice"
    assert "id" in data
    assert "password" not in data
    assert "hashed_password" not in data


def test_register_duplicate_username(client: TestClient) -> None:
    client.post("/auth/register", json={"username": "alice", "password": "s3cret-pass"})
    response = client.post("/auth/register", json={"username": "alice", "password": "other-pass"})
    assert response.status_code == 409


def test_register_validation(client: TestClient) -> None:
    assert client.post("/auth/register", json={"username": "alice"}).status_code == 422
    assert (
        client.post("/auth/register", json={"username": "alice", "password": "short"}).status_code
        == 422
    )
    assert (
        client.post("/auth/register", json={"username": "a b!", "password": "s3cret-pass"}).status_code
        == 422
    )


def test_login_wrong_password(client: TestClient) -> None:
    client.post("/auth/register", json={"username": "alice", "password": "s3cret-pass"})
    response = client.post("/auth/token", data={"username": "alice", "password": "wrong-pass"})
    assert response.status_code == 401


def test_login_unknown_user(client: TestClient) -> None:
    response = client.post("/auth/token", data={"username": "nobody", "password": "whatever1"})
    assert response.status_code == 401


def test_me(client: TestClient) -> None:
    headers = auth_headers(client, "alice")
    response = client.get("/auth/me", headers=headers)
    assert response.status_code == 200
    assert response.json()["username"] == "alice"


def test_todos_require_token(client: TestClient) -> None:
    assert client.get("/todos").status_code == 401
    assert client.post("/todos", json={"title": "x"}).status_code == 401


def test_invalid_token(client: TestClient) -> None:
    response = client.get("/todos", headers={"Authorization": "Bearer not.a.jwt"})
    assert response.status_code == 401
