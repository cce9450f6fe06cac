import httpx
import pytest


async def test_signup_hides_password(client: httpx.AsyncClient) -> None:
    r = await client.post("/auth/signup", json={"username": "carol", "password": "correct horse"})
    assert r.status_code == 201
    assert set(r.json()) == {"id", "username", "created_at"}


async def test_duplicate_username_is_409_case_insensitive(client: httpx.AsyncClient) -> None:
    await client.post("/auth/signup", json={"username": "carol", "password": "correct horse"})
    r = await client.post("/auth/signup", json={"username": "CAROL", "password": "correct horse"})
    assert r.status_code == 409


@pytest.mark.parametrize(
    "body",
    [
        {"username": "ab", "password": "long enough pw"},
        {"username": "carol", "password": "short"},
        {"username": "bad name!", "password": "long enough pw"},
        {"username": "carol"},
        {"username": "carol", "password": "long enough pw", "is_admin": True},
    ],
)
async def test_signup_validation(client: httpx.AsyncClient, body: dict[str, object]) -> None:
    r = await client.post("/auth/signup", json=body)
    assert r.status_code == 422


async def test_login_wrong_password_and_unknown_user(client: httpx.AsyncClient) -> None:
    await client.post("/auth/signup", json={"username": "carol", "password": "correct horse"})
    for username, password in [("carol", "wrong horse!"), ("nobody", "correct horse")]:
        r = await client.post("/auth/token", data={"username": username, "password": password})
        assert r.status_code == 401
        assert r.headers["www-authenticate"] == "Bearer"


async def test_me_and_logout(client: httpx.AsyncClient, alice: dict[str, str]) -> None:
    r = await client.get("/auth/me", headers=alice)
    assert r.status_code == 200 and r.json()["username"] == "alice"
    assert (await client.post("/auth/logout", headers=alice)).status_code == 204
    assert (await client.get("/auth/me", headers=alice)).status_code == 401


@pytest.mark.parametrize("header", [None, "Bearer nope", "Basic YWxpY2U6eA=="])
async def test_bad_credentials_are_401(client: httpx.AsyncClient, header: str | None) -> None:
    headers = {"Authorization": header} if header else {}
    r = await client.post("/posts", json={"title": "t", "content": "c"}, headers=headers)
    assert r.status_code == 401


async def test_expired_token_is_401(client: httpx.AsyncClient, app: object, alice: dict[str, str]) -> None:
    db = app.state.db  # type: ignore[attr-defined]
    async with db.write() as conn:
        await conn.execute("UPDATE tokens SET expires_at = 0")
    assert (await client.get("/auth/me", headers=alice)).status_code == 401
