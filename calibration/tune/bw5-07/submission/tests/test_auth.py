from httpx import AsyncClient


async def test_register_and_login(client: AsyncClient) -> None:
    r = await client.post("/auth/register", json={"username": "ada", "password": "hunter2hunter2"})
    assert r.status_code == 201
    assert r.json() == {"id": 1, "username": "ada"}
    r = await client.post("/auth/token", data={"username": "ada", "password": "hunter2hunter2"})
    assert r.status_code == 200
    assert r.json()["token_type"] == "bearer"


async def test_duplicate_username(client: AsyncClient) -> None:
    body = {"username": "ada", "password": "hunter2hunter2"}
    await client.post("/auth/register", json=body)
    assert (await client.post("/auth/register", json=body)).status_code == 409


async def test_invalid_registration(client: AsyncClient) -> None:
    r = await client.post("/auth/register", json={"username": "a d a", "password": "x"})
    assert r.status_code == 422


async def test_wrong_password(client: AsyncClient) -> None:
    await client.post("/auth/register", json={"username": "ada", "password": "hunter2hunter2"})
    r = await client.post("/auth/token", data={"username": "ada", "password": "wrong-password"})
    assert r.status_code == 401


async def test_tampered_token(client: AsyncClient) -> None:
    r = await client.post(
        "/posts", json={"title": "t", "content": "c"}, headers={"Authorization": "Bearer abc.def.ghi"}
    )
    assert r.status_code == 401
