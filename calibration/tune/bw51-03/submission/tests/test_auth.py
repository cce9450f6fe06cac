import pytest
from httpx import AsyncClient

from conftest import PASSWORD, Register

pytestmark = pytest.mark.anyio


async def test_register_returns_user_without_password(client: AsyncClient) -> None:
    response = await client.post("/auth/register", json={"username": "ada", "password": PASSWORD})
    assert response.status_code == 201
    body = response.json()
    assert body["username"] == "ada"
    assert isinstance(body["id"], int)
    assert not {"password", "password_hash"} & body.keys()


async def test_duplicate_username_is_409(client: AsyncClient, register: Register) -> None:
    await register("ada")
    response = await client.post("/auth/register", json={"username": "ada", "password": PASSWORD})
    assert response.status_code == 409


@pytest.mark.parametrize(
    "payload",
    [
        {"username": "ada"},
        {"username": "ada", "password": "short"},
        {"username": "a d a", "password": PASSWORD},
        {"username": "ada", "password": 12345678},
        {"username": "ada", "password": PASSWORD, "admin": True},
    ],
)
async def test_register_validation(client: AsyncClient, payload: dict[str, object]) -> None:
    response = await client.post("/auth/register", json=payload)
    assert response.status_code == 422


async def test_login_wrong_password_is_401(client: AsyncClient, register: Register) -> None:
    await register("ada")
    response = await client.post("/auth/token", data={"username": "ada", "password": "nope-nope"})
    assert response.status_code == 401
    assert response.headers["www-authenticate"] == "Bearer"


async def test_login_unknown_user_is_401(client: AsyncClient) -> None:
    response = await client.post("/auth/token", data={"username": "ghost", "password": PASSWORD})
    assert response.status_code == 401


@pytest.mark.parametrize(
    "headers",
    [{}, {"Authorization": "Bearer not-a-jwt"}, {"Authorization": "Basic YWRhOnB3"}],
)
async def test_me_requires_valid_token(client: AsyncClient, headers: dict[str, str]) -> None:
    response = await client.get("/auth/me", headers=headers)
    assert response.status_code == 401


async def test_me(client: AsyncClient, register: Register) -> None:
    headers = await register("ada")
    response = await client.get("/auth/me", headers=headers)
    assert response.status_code == 200
    assert response.json()["username"] == "ada"
