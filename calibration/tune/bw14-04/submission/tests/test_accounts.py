import pytest

from tests.conftest import PASSWORD


class TestRegister:
    async def test_returns_user_without_password(self, conn):
        resp = await conn.post("/users", json={"username": "jose", "password": PASSWORD})
        assert resp.status_code == 201
        assert resp.json().keys() == {"id", "username"}

    async def test_duplicate_username_is_409(self, conn, jose):
        resp = await conn.post("/users", json={"username": "jose", "password": PASSWORD})
        assert resp.status_code == 409

    @pytest.mark.parametrize(
        "params",
        [
            {"username": "jose"},
            {"username": "jo", "password": PASSWORD},
            {"username": "Jose Valim", "password": PASSWORD},
            {"username": "jose", "password": "short"},
            {"username": "jose", "password": PASSWORD, "admin": True},
        ],
    )
    async def test_invalid_params_are_422(self, conn, params):
        assert (await conn.post("/users", json=params)).status_code == 422


class TestLogIn:
    async def test_wrong_password_is_401(self, conn, jose):
        resp = await conn.post("/session", json={"username": "jose", "password": "nope nope nope"})
        assert resp.status_code == 401

    async def test_unknown_user_is_401(self, conn):
        resp = await conn.post("/session", json={"username": "nobody", "password": PASSWORD})
        assert resp.status_code == 401


class TestTokens:
    async def test_missing_token_is_401(self, conn):
        resp = await conn.post("/posts", json={"title": "t", "body": "b"})
        assert resp.status_code == 401

    async def test_tampered_token_is_401(self, conn, jose):
        headers = {"Authorization": jose["Authorization"] + "x"}
        resp = await conn.post("/posts", json={"title": "t", "body": "b"}, headers=headers)
        assert resp.status_code == 401
