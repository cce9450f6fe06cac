import pytest
from httpx import AsyncClient

from tests.conftest import AuthFactory


async def test_signup_hides_password(client: AsyncClient) -> None:
    r = await client.post(
        "/api/v1/auth/signup", json={"username": "Ada_L", "password": "analytical-engine"}
    )
    assert r.status_code == 201
    body = r.json()
    assert body["username"] == "ada_l"
    assert set(body) == {"id", "username", "created_at"}


async def test_duplicate_signup_is_409(client: AsyncClient) -> None:
    payload = {"username": "ada", "password": "analytical-engine"}
    assert (await client.post("/api/v1/auth/signup", json=payload)).status_code == 201
    payload["username"] = "ADA"
    assert (await client.post("/api/v1/auth/signup", json=payload)).status_code == 409


@pytest.mark.parametrize(
    "payload",
    [
        {"username": "ada"},
        {"username": "ad", "password": "long-enough-pw"},
        {"username": "a d a", "password": "long-enough-pw"},
        {"username": "ada", "password": "short"},
        {"username": ["ada"], "password": "long-enough-pw"},
    ],
)
async def test_signup_validation(client: AsyncClient, payload: dict) -> None:
    assert (await client.post("/api/v1/auth/signup", json=payload)).status_code == 422


async def test_login_wrong_password_is_401(client: AsyncClient, register: AuthFactory) -> None:
    await register("grace")
    r = await client.post("/api/v1/auth/token", data={"username": "grace", "password": "nope-nope"})
    assert r.status_code == 401
    r = await client.post("/api/v1/auth/token", data={"username": "ghost", "password": "nope-nope"})
    assert r.status_code == 401


async def test_login_is_rate_limited(client: AsyncClient, register: AuthFactory) -> None:
    await register("grace")  # one successful login already counted
    for _ in range(2):
        r = await client.post(
            "/api/v1/auth/token", data={"username": "grace", "password": "wrong-pass"}
        )
        assert r.status_code == 401
    r = await client.post(
        "/api/v1/auth/token", data={"username": "grace", "password": "sup3r-secret!"}
    )
    assert r.status_code == 429
    assert int(r.headers["retry-after"]) >= 1


async def test_me_and_logout_revokes_token(client: AsyncClient, register: AuthFactory) -> None:
    headers = await register("linus")
    r = await client.get("/api/v1/auth/me", headers=headers)
    assert r.status_code == 200 and r.json()["username"] == "linus"

    assert (await client.post("/api/v1/auth/logout", headers=headers)).status_code == 204
    assert (await client.get("/api/v1/auth/me", headers=headers)).status_code == 401


@pytest.mark.parametrize("auth", [None, "Bearer garbage", "Bearer a.b.c", "Token abc"])
async def test_bad_credentials_are_401(client: AsyncClient, auth: str | None) -> None:
    headers = {"Authorization": auth} if auth else {}
    r = await client.post("/api/v1/posts", json={"title": "t", "content": "c"}, headers=headers)
    assert r.status_code == 401
