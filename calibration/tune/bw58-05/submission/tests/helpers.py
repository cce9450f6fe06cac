from __future__ import annotations

import httpx

PASSWORD = "correct horse battery staple"


async def signup(client: httpx.AsyncClient, username: str, password: str = PASSWORD) -> httpx.Response:
    return await client.post("/auth/signup", json={"username": username, "password": password})


async def login(client: httpx.AsyncClient, username: str, password: str = PASSWORD) -> httpx.Response:
    return await client.post("/auth/token", data={"username": username, "password": password})


async def register(client: httpx.AsyncClient, username: str) -> dict[str, str]:
    """Create an account and return the Authorization header for it."""
    assert (await signup(client, username)).status_code == 201
    response = await login(client, username)
    assert response.status_code == 200
    return {"Authorization": f"Bearer {response.json()['access_token']}"}
