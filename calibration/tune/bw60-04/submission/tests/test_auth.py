from httpx import AsyncClient

from tests.conftest import SignIn


async def test_signup_and_me(client: AsyncClient, sign_in: SignIn) -> None:
    headers = await sign_in("ada")
    r = await client.get("/auth/me", headers=headers)
    assert r.status_code == 200
    assert r.json()["username"] == "ada"
    assert "password" not in r.text and "$2b$" not in r.text


async def test_duplicate_signup_is_409(client: AsyncClient, sign_in: SignIn) -> None:
    await sign_in("ada")
    r = await client.post("/auth/signup", json={"username": "ada", "password": "whatever123"})
    assert r.status_code == 409


async def test_signup_validation(client: AsyncClient) -> None:
    for body in (
        {"username": "ab", "password": "longenough"},
        {"username": "ada lovelace", "password": "longenough"},
        {"username": "ada", "password": "short"},
        {"username": "ada"},
    ):
        assert (await client.post("/auth/signup", json=body)).status_code == 422, body


async def test_bad_login(client: AsyncClient, sign_in: SignIn) -> None:
    await sign_in("ada")
    wrong = await client.post("/auth/token", data={"username": "ada", "password": "nope-nope-nope"})
    ghost = await client.post("/auth/token", data={"username": "ghost", "password": "nope-nope-nope"})
    assert wrong.status_code == 401
    assert ghost.status_code == 401


async def test_invalid_token(client: AsyncClient) -> None:
    r = await client.get("/auth/me", headers={"Authorization": "Bearer abc.def.ghi"})
    assert r.status_code == 401
