from fastapi.testclient import TestClient

from .conftest import API, PASSWORD, Headers


def test_register_returns_201_and_no_secret(client: TestClient) -> None:
    r = client.post(f"{API}/auth/register", json={"username": "carol", "password": PASSWORD})
    assert r.status_code == 201
    assert set(r.json()) == {"id", "username", "created_at"}


def test_register_duplicate_is_409(client: TestClient, alice: Headers) -> None:
    r = client.post(f"{API}/auth/register", json={"username": "alice", "password": PASSWORD})
    assert r.status_code == 409


def test_register_validation(client: TestClient) -> None:
    bad_bodies = [
        {"username": "al", "password": PASSWORD},
        {"username": "has space", "password": PASSWORD},
        {"username": "dave", "password": "short"},
        {"username": "dave"},
        {"username": "dave", "password": PASSWORD, "is_admin": True},
    ]
    for body in bad_bodies:
        assert client.post(f"{API}/auth/register", json=body).status_code == 422, body


def test_login_wrong_password_is_401(client: TestClient, alice: Headers) -> None:
    r = client.post(f"{API}/auth/token", data={"username": "alice", "password": "wrong-password"})
    assert r.status_code == 401
    assert r.headers["WWW-Authenticate"] == "Bearer"


def test_login_unknown_user_is_401(client: TestClient) -> None:
    r = client.post(f"{API}/auth/token", data={"username": "ghost", "password": PASSWORD})
    assert r.status_code == 401


def test_login_missing_fields_is_422(client: TestClient) -> None:
    assert client.post(f"{API}/auth/token", data={"username": "alice"}).status_code == 422


def test_me(client: TestClient, alice: Headers) -> None:
    r = client.get(f"{API}/auth/me", headers=alice)
    assert r.status_code == 200
    assert r.json()["username"] == "alice"


def test_me_without_token_is_401(client: TestClient) -> None:
    assert client.get(f"{API}/auth/me").status_code == 401


def test_me_with_garbage_token_is_401(client: TestClient) -> None:
    r = client.get(f"{API}/auth/me", headers={"Authorization": "Bearer nope"})
    assert r.status_code == 401
