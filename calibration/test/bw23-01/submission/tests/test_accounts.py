import httpx

from tests.conftest import Register


async def test_register_returns_user_without_password(client: httpx.AsyncClient) -> None:
    resp = await client.post("/auth/register", json={"username": "jose", "password": "elixir-rocks"})
    assert resp.status_code == 201
    body = resp.json()
    assert body["username"] == "jose"
    assert set(body) == {"id", "username"}


async def test_register_twice_is_a_conflict(client: httpx.AsyncClient) -> None:
    payload = {"username": "jose", "password": "elixir-rocks"}
    assert (await client.post("/auth/register", json=payload)).status_code == 201
    resp = await client.post("/auth/register", json=payload)
    assert resp.status_code == 409


async def test_register_validates_input(client: httpx.AsyncClient) -> None:
    for payload in (
        {"username": "jo", "password": "elixir-rocks"},
        {"username": "jose!", "password": "elixir-rocks"},
        {"username": "jose", "password": "short"},
        {"username": "jose"},
        {"username": 12345, "password": "elixir-rocks"},
    ):
        resp = await client.post("/auth/register", json=payload)
        assert resp.status_code == 422, payload


async def test_login_with_wrong_password(client: httpx.AsyncClient, register_and_login: Register) -> None:
    await register_and_login("jose")
    resp = await client.post("/auth/token", data={"username": "jose", "password": "nope-nope"})
    assert resp.status_code == 401


async def test_login_with_unknown_user(client: httpx.AsyncClient) -> None:
    resp = await client.post("/auth/token", data={"username": "ghost", "password": "whatever1"})
    assert resp.status_code == 401


async def test_garbage_token_is_rejected(client: httpx.AsyncClient) -> None:
    for token in ("not-base64-$$$", "c2hvcnQ", ""):
        resp = await client.post(
            "/posts",
            json={"title": "t", "content": "c"},
            headers={"Authorization": f"Bearer {token}"},
        )
        assert resp.status_code == 401, token
