from fastapi.testclient import TestClient

from tests.conftest import Login


def test_register_hides_password(client: TestClient) -> None:
    r = client.post("/auth/register", json={"username": "ann", "password": "password-123"})
    assert r.status_code == 201
    assert set(r.json()) == {"id", "username"}


def test_duplicate_username(client: TestClient, login: Login) -> None:
    login("ann")
    r = client.post("/auth/register", json={"username": "ann", "password": "password-456"})
    assert r.status_code == 409


def test_register_validation(client: TestClient) -> None:
    assert client.post("/auth/register", json={"username": "an"}).status_code == 422
    r = client.post("/auth/register", json={"username": "ann", "password": "short"})
    assert r.status_code == 422


def test_bad_login(client: TestClient, login: Login) -> None:
    login("ann")
    r = client.post("/auth/token", data={"username": "ann", "password": "wrong-password"})
    assert r.status_code == 401
    r = client.post("/auth/token", data={"username": "nobody", "password": "password-123"})
    assert r.status_code == 401


def test_garbage_token(client: TestClient) -> None:
    r = client.post(
        "/posts", json={"title": "t", "content": "c"}, headers={"Authorization": "Bearer nope"}
    )
    assert r.status_code == 401
    assert r.headers["www-authenticate"] == "Bearer"
