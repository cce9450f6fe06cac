import pytest
from httpx import AsyncClient


async def test_register_should_return_201_without_password(client: AsyncClient) -> None:
    r = await client.post("/auth/register", json={"username": "carol", "password": "long-password"})
    assert r.status_code == 201
    body = r.json()
    assert body["username"] == "carol"
    assert "password" not in body and "password_hash" not in body


async def test_register_should_reject_duplicate_username(client: AsyncClient) -> None:
    payload = {"username": "carol", "password": "long-password"}
    await client.post("/auth/register", json=payload)
    r = await client.post("/auth/register", json=payload)
    assert r.status_code == 409


@pytest.mark.parametrize(
    "payload",
    [
        {},
        {"username": "carol"},
        {"password": "long-password"},
        {"username": "ca", "password": "long-password"},
        {"username": "carol", "password": "short"},
        {"username": "bad name!", "password": "long-password"},
        {"username": 123, "password": "long-password"},
    ],
)
async def test_register_should_reject_invalid_input(client: AsyncClient, payload: dict) -> None:
    r = await client.post("/auth/register", json=payload)
    assert r.status_code == 422


async def test_login_should_return_bearer_token(client: AsyncClient) -> None:
    await client.post("/auth/register", json={"username": "carol", "password": "long-password"})
    r = await client.post("/auth/token", data={"username": "carol", "password": "long-password"})
    assert r.status_code == 200
    assert r.json()["token_type"] == "bearer"
    assert r.json()["access_token"]


async def test_login_should_fail_with_wrong_password(client: AsyncClient) -> None:
    await client.post("/auth/register", json={"username": "carol", "password": "long-password"})
    r = await client.post("/auth/token", data={"username": "carol", "password": "wrong-password"})
    assert r.status_code == 401


async def test_login_should_fail_for_unknown_user(client: AsyncClient) -> None:
    r = await client.post("/auth/token", data={"username": "nobody", "password": "long-password"})
    assert r.status_code == 401


async def test_login_should_reject_missing_form_fields(client: AsyncClient) -> None:
    r = await client.post("/auth/token", data={"username": "carol"})
    assert r.status_code == 422


@pytest.mark.parametrize("header", ["Bearer garbage", "Bearer ", "Token abc", ""])
async def test_protected_route_should_reject_bad_token(client: AsyncClient, header: str) -> None:
    r = await client.post("/posts", json={"title": "t", "content": "c"}, headers={"Authorization": header})
    assert r.status_code == 401
