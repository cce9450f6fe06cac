from typing import Any

import pytest
from httpx import AsyncClient

from tests.conftest import PASSWORD


async def test_register_returns_201_and_never_the_password(client: AsyncClient) -> None:
    r = await client.post("/auth/register", json={"username": "carol", "password": PASSWORD})
    assert r.status_code == 201
    body = r.json()
    assert body["username"] == "carol"
    assert isinstance(body["id"], int)
    assert "password" not in r.text
    assert "argon2" not in r.text


async def test_duplicate_username_is_409(client: AsyncClient, alice: dict[str, str]) -> None:
    r = await client.post("/auth/register", json={"username": "alice", "password": PASSWORD})
    assert r.status_code == 409


@pytest.mark.parametrize(
    "payload",
    [
        {},
        {"username": "dave"},
        {"username": "dave", "password": "short"},
        {"username": "no spaces", "password": PASSWORD},
        {"username": "ab", "password": PASSWORD},
        {"username": 123, "password": PASSWORD},
        {"username": "dave", "password": PASSWORD, "is_admin": True},
    ],
)
async def test_register_rejects_invalid_input(client: AsyncClient, payload: dict[str, Any]) -> None:
    r = await client.post("/auth/register", json=payload)
    assert r.status_code == 422


async def test_login_wrong_password_is_401(client: AsyncClient, alice: dict[str, str]) -> None:
    r = await client.post("/auth/token", data={"username": "alice", "password": "nope-nope-nope"})
    assert r.status_code == 401
    assert r.headers["www-authenticate"] == "Bearer"


async def test_login_unknown_user_is_401(client: AsyncClient) -> None:
    r = await client.post("/auth/token", data={"username": "ghost", "password": PASSWORD})
    assert r.status_code == 401


async def test_login_missing_fields_is_422(client: AsyncClient) -> None:
    r = await client.post("/auth/token", data={"username": "alice"})
    assert r.status_code == 422


async def test_me(client: AsyncClient, alice: dict[str, str]) -> None:
    r = await client.get("/auth/me", headers=alice)
    assert r.status_code == 200
    assert r.json()["username"] == "alice"


@pytest.mark.parametrize(
    "headers",
    [
        {},
        {"Authorization": "Bearer not-a-jwt"},
        {"Authorization": "Basic YWxpY2U6cGFzcw=="},
        {"Authorization": "Bearer "},
    ],
)
async def test_me_rejects_missing_or_bad_tokens(
    client: AsyncClient, headers: dict[str, str]
) -> None:
    r = await client.get("/auth/me", headers=headers)
    assert r.status_code == 401
