import httpx

from tests.conftest import register_and_login


async def test_register_returns_201_without_password(client: httpx.AsyncClient) -> None:
    r = await client.post("/api/auth/register", json={"username": "jdoe", "password": "Secret-123"})
    assert r.status_code == 201
    assert r.json()["username"] == "jdoe"
    assert "password" not in r.text and "password_hash" not in r.text


async def test_register_duplicate_returns_409(client: httpx.AsyncClient) -> None:
    await register_and_login(client, "jdoe")
    r = await client.post("/api/auth/register", json={"username": "jdoe", "password": "Secret-123"})
    assert r.status_code == 409


async def test_register_invalid_payload_returns_422(client: httpx.AsyncClient) -> None:
    r = await client.post("/api/auth/register", json={"username": "x", "password": "1"})
    assert r.status_code == 422


async def test_login_wrong_password_returns_401(client: httpx.AsyncClient) -> None:
    await register_and_login(client, "jdoe")
    r = await client.post("/api/auth/token", data={"username": "jdoe", "password": "wrong-one"})
    assert r.status_code == 401


async def test_invalid_token_returns_401(client: httpx.AsyncClient) -> None:
    r = await client.get("/api/auth/me", headers={"Authorization": "Bearer garbage"})
    assert r.status_code == 401
