from datetime import UTC, datetime, timedelta

import httpx
import jwt
import pytest

from tests.conftest import TEST_JWT_SECRET, SignUp


async def test_signup_never_returns_the_password(client: httpx.AsyncClient) -> None:
    res = await client.post("/auth/signup", json={"username": "ada", "password": "correct horse battery"})
    assert res.status_code == 201
    body = res.json()
    assert body["username"] == "ada"
    assert set(body) == {"id", "username", "created_at"}


async def test_duplicate_username_is_409(client: httpx.AsyncClient, sign_up: SignUp) -> None:
    await sign_up("ada")
    res = await client.post("/auth/signup", json={"username": "ada", "password": "another password"})
    assert res.status_code == 409


@pytest.mark.parametrize(
    "body",
    [
        {"username": "ab", "password": "long enough pw"},
        {"username": "ada", "password": "short"},
        {"username": "ada lovelace", "password": "long enough pw"},
        {"username": "ada", "password": "long enough pw", "is_admin": True},
        {"password": "long enough pw"},
    ],
)
async def test_signup_validation(client: httpx.AsyncClient, body: dict[str, object]) -> None:
    assert (await client.post("/auth/signup", json=body)).status_code == 422


@pytest.mark.parametrize("username,password", [("ada", "wrong password"), ("nobody", "correct horse battery")])
async def test_bad_credentials_are_401(
    client: httpx.AsyncClient, sign_up: SignUp, username: str, password: str
) -> None:
    await sign_up("ada")
    res = await client.post("/auth/login", data={"username": username, "password": password})
    assert res.status_code == 401
    assert res.headers["www-authenticate"] == "Bearer"


async def test_me(client: httpx.AsyncClient, sign_up: SignUp) -> None:
    headers = await sign_up("ada")
    res = await client.get("/auth/me", headers=headers)
    assert res.status_code == 200
    assert res.json()["username"] == "ada"


@pytest.mark.parametrize(
    "token",
    [
        "not-a-jwt",
        jwt.encode({"sub": "1", "exp": datetime.now(UTC) - timedelta(minutes=1)}, TEST_JWT_SECRET, "HS256"),
        jwt.encode({"sub": "1", "exp": datetime.now(UTC) + timedelta(minutes=5)}, "some-other-key-" * 3, "HS256"),
        jwt.encode({"sub": "999", "exp": datetime.now(UTC) + timedelta(minutes=5)}, TEST_JWT_SECRET, "HS256"),
        jwt.encode({"exp": datetime.now(UTC) + timedelta(minutes=5)}, TEST_JWT_SECRET, "HS256"),
    ],
    ids=["garbage", "expired", "wrong-key", "unknown-user", "no-sub"],
)
async def test_invalid_tokens_are_401(client: httpx.AsyncClient, sign_up: SignUp, token: str) -> None:
    await sign_up("ada")
    res = await client.get("/todos", headers={"Authorization": f"Bearer {token}"})
    assert res.status_code == 401
