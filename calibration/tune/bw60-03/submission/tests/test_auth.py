from httpx import AsyncClient


async def test_signup_hides_password(client: AsyncClient) -> None:
    r = await client.post("/auth/signup", json={"username": "carol", "password": "password123"})
    assert r.status_code == 201
    assert r.json() == {"id": r.json()["id"], "username": "carol"}


async def test_signup_twice_conflicts(client: AsyncClient) -> None:
    body = {"username": "dave", "password": "password123"}
    assert (await client.post("/auth/signup", json=body)).status_code == 201
    assert (await client.post("/auth/signup", json=body)).status_code == 409


async def test_signup_validation(client: AsyncClient) -> None:
    assert (await client.post("/auth/signup", json={"username": "ed", "password": "password123"})).status_code == 422
    assert (await client.post("/auth/signup", json={"username": "eddie", "password": "short"})).status_code == 422
    assert (await client.post("/auth/signup", json={"password": "password123"})).status_code == 422


async def test_login_bad_password(client: AsyncClient) -> None:
    await client.post("/auth/signup", json={"username": "frank", "password": "password123"})
    r = await client.post("/auth/login", data={"username": "frank", "password": "wrong-password"})
    assert r.status_code == 401


async def test_login_unknown_user(client: AsyncClient) -> None:
    r = await client.post("/auth/login", data={"username": "nobody", "password": "password123"})
    assert r.status_code == 401
