import pytest
from httpx import AsyncClient
from pydantic import SecretStr

from todo_api.security import create_access_token
from todo_api.settings import Settings


class TestRegister:
    async def test_creates_account_without_leaking_the_hash(self, client: AsyncClient) -> None:
        res = await client.post("/auth/register", json={"username": "ada", "password": "s3cret-pass"})
        assert res.status_code == 201
        body = res.json()
        assert set(body) == {"id", "username", "created_at"}
        assert body["username"] == "ada"

    async def test_duplicate_username_is_409(self, client: AsyncClient) -> None:
        payload = {"username": "ada", "password": "s3cret-pass"}
        assert (await client.post("/auth/register", json=payload)).status_code == 201
        res = await client.post("/auth/register", json={**payload, "username": "ADA"})
        assert res.status_code == 409

    @pytest.mark.parametrize(
        "payload",
        [
            {"username": "ada"},
            {"password": "s3cret-pass"},
            {"username": "ab", "password": "s3cret-pass"},
            {"username": "ada lovelace", "password": "s3cret-pass"},
            {"username": "ada", "password": "short"},
            {"username": "ada", "password": "é" * 40},  # 80 bytes, too long for bcrypt
            {"username": 123, "password": "s3cret-pass"},
        ],
    )
    async def test_invalid_payloads_are_422(self, client: AsyncClient, payload: dict) -> None:
        res = await client.post("/auth/register", json=payload)
        assert res.status_code == 422
        assert res.json()["detail"]


class TestLogin:
    async def test_returns_a_bearer_token(self, client: AsyncClient) -> None:
        await client.post("/auth/register", json={"username": "ada", "password": "s3cret-pass"})
        res = await client.post("/auth/token", data={"username": "ada", "password": "s3cret-pass"})
        assert res.status_code == 200
        assert res.json()["token_type"] == "bearer"

    async def test_wrong_password_is_401(self, client: AsyncClient) -> None:
        await client.post("/auth/register", json={"username": "ada", "password": "s3cret-pass"})
        res = await client.post("/auth/token", data={"username": "ada", "password": "nope-nope"})
        assert res.status_code == 401

    async def test_unknown_user_is_401(self, client: AsyncClient) -> None:
        res = await client.post("/auth/token", data={"username": "nobody", "password": "s3cret-pass"})
        assert res.status_code == 401

    async def test_missing_form_fields_is_422(self, client: AsyncClient) -> None:
        res = await client.post("/auth/token", data={"username": "ada"})
        assert res.status_code == 422


class TestTokenGuard:
    async def test_me_returns_the_user(self, client: AsyncClient, ada: dict[str, str]) -> None:
        res = await client.get("/auth/me", headers=ada)
        assert res.status_code == 200
        assert res.json()["username"] == "ada"
        assert "password_hash" not in res.json()

    async def test_no_token_is_401(self, client: AsyncClient) -> None:
        assert (await client.get("/todos")).status_code == 401

    async def test_garbage_token_is_401(self, client: AsyncClient) -> None:
        res = await client.get("/todos", headers={"Authorization": "Bearer garbage"})
        assert res.status_code == 401

    async def test_expired_token_is_401(
        self, client: AsyncClient, settings: Settings, ada: dict[str, str]
    ) -> None:
        me = await client.get("/auth/me", headers=ada)
        expired_settings = settings.model_copy(update={"access_token_ttl_minutes": -5})
        token = create_access_token(me.json()["id"], expired_settings)
        res = await client.get("/todos", headers={"Authorization": f"Bearer {token}"})
        assert res.status_code == 401

    async def test_token_signed_with_another_key_is_401(
        self, client: AsyncClient, settings: Settings
    ) -> None:
        forged = create_access_token(
            "whoever", settings.model_copy(update={"jwt_secret": SecretStr("not-the-key")})
        )
        res = await client.get("/todos", headers={"Authorization": f"Bearer {forged}"})
        assert res.status_code == 401
