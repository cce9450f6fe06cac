import pytest
from fastapi.testclient import TestClient


def test_register_never_returns_password(client: TestClient) -> None:
    r = client.post("/auth/register", json={"username": "ada", "password": "correct horse battery"})
    assert r.status_code == 201
    assert set(r.json()) == {"id", "username", "created_at"}


def test_duplicate_username_is_409(client: TestClient, auth_headers) -> None:
    auth_headers("ada")
    r = client.post("/auth/register", json={"username": "ada", "password": "another password"})
    assert r.status_code == 409


@pytest.mark.parametrize(
    "payload",
    [{}, {"username": "ada"}, {"username": "a", "password": "long enough"}, {"username": "ada", "password": "short"},
     {"username": "bad name!", "password": "long enough"}, {"username": 5, "password": ["x"]}],
)
def test_register_validation(client: TestClient, payload: dict) -> None:
    assert client.post("/auth/register", json=payload).status_code == 422


@pytest.mark.parametrize("username,password", [("ada", "wrong password"), ("nobody", "correct horse battery")])
def test_bad_credentials_are_401(client: TestClient, auth_headers, username: str, password: str) -> None:
    auth_headers("ada")
    r = client.post("/auth/token", data={"username": username, "password": password})
    assert r.status_code == 401


@pytest.mark.parametrize("header", [None, "Bearer nonsense", "Basic abc"])
def test_me_requires_valid_token(client: TestClient, header: str | None) -> None:
    headers = {"Authorization": header} if header else {}
    assert client.get("/auth/me", headers=headers).status_code == 401


def test_me(client: TestClient, auth_headers) -> None:
    assert client.get("/auth/me", headers=auth_headers("ada")).json()["username"] == "ada"
