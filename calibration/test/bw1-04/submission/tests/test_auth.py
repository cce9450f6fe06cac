from fastapi.testclient import TestClient

from tests.conftest import AuthHeaders


def test_register_does_not_return_password(client: TestClient) -> None:
    response = client.post("/auth/register", json={"username": "alice", "password": "s3cure-password"})
    assert response.status_code == 201
    assert set(response.json()) == {"id", "username"}


def test_register_duplicate_is_409(client: TestClient, alice: AuthHeaders) -> None:
    response = client.post("/auth/register", json={"username": "alice", "password": "another-password"})
    assert response.status_code == 409


def test_register_validation(client: TestClient) -> None:
    assert client.post("/auth/register", json={"username": "al", "password": "s3cure-password"}).status_code == 422
    assert client.post("/auth/register", json={"username": "alice", "password": "short"}).status_code == 422
    assert client.post("/auth/register", json={"username": "alice"}).status_code == 422


def test_login_bad_password_is_401(client: TestClient, alice: AuthHeaders) -> None:
    response = client.post("/auth/token", data={"username": "alice", "password": "wrong-password"})
    assert response.status_code == 401


def test_login_unknown_user_is_401(client: TestClient) -> None:
    response = client.post("/auth/token", data={"username": "ghost", "password": "whatever-pass"})
    assert response.status_code == 401


def test_me(client: TestClient, alice: AuthHeaders) -> None:
    assert client.get("/auth/me", headers=alice).json()["username"] == "alice"


def test_garbage_token_is_401(client: TestClient) -> None:
    assert client.get("/auth/me", headers={"Authorization": "Bearer abc.def.ghi"}).status_code == 401
