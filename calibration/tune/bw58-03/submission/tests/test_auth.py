from unittest.mock import AsyncMock

from fastapi.testclient import TestClient

from app.core.security import _hash
from app.models import User


def test_signup_returns_201(client: TestClient, user_repo: AsyncMock) -> None:
    user_repo.get_by_username.return_value = None
    user_repo.create.return_value = User(id=5, username="bob", hashed_password="hashed")

    response = client.post("/api/v1/auth/signup", json={"username": "bob", "password": "s3cretpass"})

    assert response.status_code == 201
    assert response.json() == {"id": 5, "username": "bob"}


def test_signup_hashes_password(client: TestClient, user_repo: AsyncMock) -> None:
    user_repo.get_by_username.return_value = None
    user_repo.create.return_value = User(id=5, username="bob", hashed_password="hashed")

    client.post("/api/v1/auth/signup", json={"username": "bob", "password": "s3cretpass"})

    _, hashed = user_repo.create.await_args.args
    assert hashed != "s3cretpass"
    assert hashed.startswith("$2b$")


def test_signup_duplicate_username_returns_409(client: TestClient, user_repo: AsyncMock) -> None:
    user_repo.get_by_username.return_value = User(id=1, username="bob", hashed_password="x")

    response = client.post("/api/v1/auth/signup", json={"username": "bob", "password": "s3cretpass"})

    assert response.status_code == 409


def test_signup_short_password_returns_422(client: TestClient) -> None:
    response = client.post("/api/v1/auth/signup", json={"username": "bob", "password": "short"})

    assert response.status_code == 422


def test_login_returns_token(client: TestClient, user_repo: AsyncMock) -> None:
    user_repo.get_by_username.return_value = User(id=1, username="bob", hashed_password=_hash("s3cretpass"))

    response = client.post("/api/v1/auth/token", data={"username": "bob", "password": "s3cretpass"})

    assert response.status_code == 200
    assert response.json()["token_type"] == "bearer"


def test_login_wrong_password_returns_401(client: TestClient, user_repo: AsyncMock) -> None:
    user_repo.get_by_username.return_value = User(id=1, username="bob", hashed_password=_hash("s3cretpass"))

    response = client.post("/api/v1/auth/token", data={"username": "bob", "password": "nope-nope"})

    assert response.status_code == 401


def test_login_unknown_user_returns_401(client: TestClient, user_repo: AsyncMock) -> None:
    user_repo.get_by_username.return_value = None

    response = client.post("/api/v1/auth/token", data={"username": "ghost", "password": "whatever1"})

    assert response.status_code == 401
