from httpx import AsyncClient

from tests.conftest import AuthHeaders


async def test_register_returns_user_without_password(client: AsyncClient) -> None:
    r = await client.post("/auth/register", json={"username": "alice", "password": "s3cret-pass"})
    assert r.status_code == 201
    body = r.json()
    assert body["username"] == "alice"
    assert "id" in body
    assert "password" not in body and "password_hash" not in body


async def test_register_duplicate_username_is_409(client: AsyncClient) -> None:
    payload = {"username": "bob", "password": "s3cret-pass"}
    assert (await client.post("/auth/register", json=payload)).status_code == 201
    r = await client.post("/auth/register", json=payload)
    assert r.status_code == 409


async def test_register_validation(client: AsyncClient) -> None:
    r = await client.post("/auth/register", json={"username": "x", "password": "short"})
    assert r.status_code == 422
    r = await client.post("/auth/register", json={"username": "bad name!", "password": "longenough"})
    assert r.status_code == 422


async def test_login_wrong_password_is_401(client: AsyncClient) -> None:
    await client.post("/auth/register", json={"username": "carol", "password": "s3cret-pass"})
    r = await client.post("/auth/token", data={"username": "carol", "password": "nope-nope"})
    assert r.status_code == 401


async def test_login_unknown_user_is_401(client: AsyncClient) -> None:
    r = await client.post("/auth/token", data={"username": "ghost", "password": "whatever1"})
    assert r.status_code == 401


async def test_todos_require_token(client: AsyncClient) -> None:
    assert (await client.get("/todos")).status_code == 401
    r = await client.get("/todos", headers={"Authorization": "Bearer not-a-jwt"})
    assert r.status_code == 401


async def test_token_works(client: AsyncClient, auth_headers: AuthHeaders) -> None:
    headers = await auth_headers("dave")
    assert (await client.get("/todos", headers=headers)).status_code == 200


async def test_health(client: AsyncClient) -> None:
    assert (await client.get("/health")).json() == {"status": "ok"}
