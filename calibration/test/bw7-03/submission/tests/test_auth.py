import jwt
import pytest
from httpx import AsyncClient

from tests.conftest import API, PASSWORD, MakeUser


async def test_signup_returns_user_without_password(client: AsyncClient) -> None:
    r = await client.post(f"{API}/auth/signup", json={"username": "ada", "password": PASSWORD})

    assert r.status_code == 201
    body = r.json()
    assert body["username"] == "ada"
    assert isinstance(body["id"], int)
    assert not {"password", "password_hash"} & body.keys()


async def test_signup_duplicate_username_is_409(client: AsyncClient, make_user: MakeUser) -> None:
    await make_user("ada")

    r = await client.post(f"{API}/auth/signup", json={"username": "ada", "password": "another password"})

    assert r.status_code == 409
    assert r.json()["detail"] == "Username is already taken"


@pytest.mark.parametrize(
    "payload",
    [
        {"username": "ada"},
        {"password": PASSWORD},
        {"username": "ab", "password": PASSWORD},
        {"username": "no spaces", "password": PASSWORD},
        {"username": "ada", "password": "short"},
        {"username": 123, "password": PASSWORD},
        {"username": "ada", "password": PASSWORD, "is_admin": True},
    ],
)
async def test_signup_rejects_invalid_input(client: AsyncClient, payload: dict[str, object]) -> None:
    r = await client.post(f"{API}/auth/signup", json=payload)

    assert r.status_code == 422


async def test_login_returns_bearer_token(client: AsyncClient, make_user: MakeUser) -> None:
    headers = await make_user("ada")

    r = await client.get(f"{API}/users/me", headers=headers)

    assert r.status_code == 200
    assert r.json()["username"] == "ada"


@pytest.mark.parametrize(("username", "password"), [("ada", "wrong password"), ("nobody", PASSWORD)])
async def test_login_with_bad_credentials_is_401(
    client: AsyncClient, make_user: MakeUser, username: str, password: str
) -> None:
    await make_user("ada")

    r = await client.post(f"{API}/auth/token", data={"username": username, "password": password})

    assert r.status_code == 401
    assert r.headers["www-authenticate"] == "Bearer"


async def test_login_without_form_fields_is_422(client: AsyncClient) -> None:
    r = await client.post(f"{API}/auth/token", data={"username": "ada"})

    assert r.status_code == 422


@pytest.mark.parametrize(
    "authorization",
    [
        None,
        "Bearer not-a-jwt",
        "Basic YWRhOnB3",
        "Bearer " + jwt.encode({"sub": "1", "exp": 4102444800}, "some-other-secret-key-of-32-bytes!!"),
    ],
)
async def test_me_rejects_missing_or_invalid_token(client: AsyncClient, authorization: str | None) -> None:
    headers = {} if authorization is None else {"Authorization": authorization}

    r = await client.get(f"{API}/users/me", headers=headers)

    assert r.status_code == 401


async def test_expired_token_is_401(client: AsyncClient, make_user: MakeUser) -> None:
    await make_user("ada")
    expired = jwt.encode(
        {"sub": "1", "exp": 1_000_000_000}, "test-secret-key-with-enough-length-123", algorithm="HS256"
    )

    r = await client.get(f"{API}/users/me", headers={"Authorization": f"Bearer {expired}"})

    assert r.status_code == 401
