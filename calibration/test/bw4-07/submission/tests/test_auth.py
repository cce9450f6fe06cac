import pytest
from httpx import AsyncClient


async def test_signup(client: AsyncClient) -> None:
    r = await client.post("/auth/signup", json={"username": "carol", "password": "hunter2hunter2"})
    assert r.status_code == 201
    assert r.json()["username"] == "carol"
    assert "password" not in r.text


async def test_signup_duplicate(client: AsyncClient, alice) -> None:
    r = await client.post("/auth/signup", json={"username": "alice", "password": "hunter2hunter2"})
    assert r.status_code == 409


@pytest.mark.parametrize(
    "body",
    [
        {},
        {"username": "al", "password": "hunter2hunter2"},
        {"username": "alice!", "password": "hunter2hunter2"},
        {"username": "alice", "password": "short"},
        {"username": ["alice"], "password": "hunter2hunter2"},
    ],
)
async def test_signup_validation(client: AsyncClient, body: dict) -> None:
    assert (await client.post("/auth/signup", json=body)).status_code == 422


async def test_login_bad_password(client: AsyncClient, alice) -> None:
    r = await client.post("/auth/token", data={"username": "alice", "password": "wrongwrong"})
    assert r.status_code == 401


async def test_login_unknown_user(client: AsyncClient) -> None:
    r = await client.post("/auth/token", data={"username": "ghost", "password": "wrongwrong"})
    assert r.status_code == 401


async def test_me(client: AsyncClient, alice) -> None:
    r = await client.get("/auth/me", headers=alice)
    assert r.status_code == 200
    assert r.json()["username"] == "alice"


@pytest.mark.parametrize("header", [None, "Bearer nope", "Bearer a.b.c", "Token x"])
async def test_me_unauthorized(client: AsyncClient, header: str | None) -> None:
    headers = {"Authorization": header} if header else {}
    assert (await client.get("/auth/me", headers=headers)).status_code == 401
