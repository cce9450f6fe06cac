from sqlalchemy import select

from blog.accounts.models import User
from tests.base import PASSWORD, APITestCase


class SignupTests(APITestCase):
    async def test_signup_returns_201_without_password(self) -> None:
        body = await self.signup("alice")
        self.assertEqual(body["username"], "alice")
        self.assertIn("id", body)
        self.assertFalse({"password", "password_hash"} & body.keys())

    async def test_password_is_hashed_with_bcrypt(self) -> None:
        await self.signup("alice")
        user = await self.session.scalar(select(User).where(User.username == "alice"))
        assert user is not None
        self.assertNotIn(PASSWORD, user.password_hash)
        self.assertTrue(user.password_hash.startswith("$2b$"))

    async def test_duplicate_username_is_409(self) -> None:
        await self.signup("alice")
        response = await self.client.post(
            "/api/auth/signup", json={"username": "alice", "password": PASSWORD}
        )
        self.assertEqual(response.status_code, 409)

    async def test_invalid_payloads_are_422(self) -> None:
        cases = [
            {},
            {"username": "alice"},
            {"username": "al", "password": PASSWORD},
            {"username": "has space", "password": PASSWORD},
            {"username": "alice", "password": "short"},
            {"username": "alice", "password": "é" * 40},  # 80 bytes, too long for bcrypt
            {"username": 123, "password": PASSWORD},
        ]
        for payload in cases:
            with self.subTest(payload=payload):
                response = await self.client.post("/api/auth/signup", json=payload)
                self.assertEqual(response.status_code, 422)


class TokenTests(APITestCase):
    async def asyncSetUp(self) -> None:
        await super().asyncSetUp()
        await self.signup("alice")

    async def test_login_returns_bearer_token(self) -> None:
        response = await self.client.post(
            "/api/auth/token", data={"username": "alice", "password": PASSWORD}
        )
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response.json()["token_type"], "bearer")

    async def test_wrong_password_is_401(self) -> None:
        response = await self.client.post(
            "/api/auth/token", data={"username": "alice", "password": "wrong password"}
        )
        self.assertEqual(response.status_code, 401)

    async def test_unknown_user_is_401(self) -> None:
        response = await self.client.post(
            "/api/auth/token", data={"username": "nobody", "password": PASSWORD}
        )
        self.assertEqual(response.status_code, 401)

    async def test_me(self) -> None:
        headers = await self.login("alice")
        response = await self.client.get("/api/auth/me", headers=headers)
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response.json()["username"], "alice")

    async def test_me_without_or_with_bad_token_is_401(self) -> None:
        for headers in ({}, {"Authorization": "Bearer nonsense"}, {"Authorization": "Basic abc"}):
            with self.subTest(headers=headers):
                response = await self.client.get("/api/auth/me", headers=headers)
                self.assertEqual(response.status_code, 401)
