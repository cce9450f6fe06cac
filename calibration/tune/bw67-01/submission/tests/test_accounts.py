from sqlalchemy import select

from apps.accounts.models import User
from tests.base import DEFAULT_PASSWORD, APITestCase


class SignupTests(APITestCase):
    def test_signup_returns_user_without_password(self) -> None:
        response = self.client.post(
            "/auth/signup", json={"username": "alice", "password": DEFAULT_PASSWORD}
        )
        self.assertEqual(response.status_code, 201)
        body = response.json()
        self.assertEqual(body["username"], "alice")
        self.assertIn("id", body)
        self.assertNotIn("password", body)
        self.assertNotIn("password_hash", body)

    def test_password_is_stored_hashed(self) -> None:
        self.create_user()
        user = self.session.scalar(select(User).where(User.username == "alice"))
        assert user is not None
        self.assertNotEqual(user.password_hash, DEFAULT_PASSWORD)
        self.assertTrue(user.password_hash.startswith("$2b$"))

    def test_duplicate_username_is_409(self) -> None:
        self.create_user()
        response = self.client.post(
            "/auth/signup", json={"username": "alice", "password": "another-pass"}
        )
        self.assertEqual(response.status_code, 409)

    def test_short_password_is_422(self) -> None:
        response = self.client.post("/auth/signup", json={"username": "bob", "password": "short"})
        self.assertEqual(response.status_code, 422)

    def test_username_with_spaces_is_422(self) -> None:
        response = self.client.post(
            "/auth/signup", json={"username": "bob smith", "password": DEFAULT_PASSWORD}
        )
        self.assertEqual(response.status_code, 422)

    def test_missing_fields_is_422(self) -> None:
        response = self.client.post("/auth/signup", json={})
        self.assertEqual(response.status_code, 422)


class LoginTests(APITestCase):
    def setUp(self) -> None:
        super().setUp()
        self.create_user()

    def test_login_returns_bearer_token(self) -> None:
        response = self.client.post(
            "/auth/token", data={"username": "alice", "password": DEFAULT_PASSWORD}
        )
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response.json()["token_type"], "bearer")

    def test_wrong_password_is_401(self) -> None:
        response = self.client.post("/auth/token", data={"username": "alice", "password": "nope-nope"})
        self.assertEqual(response.status_code, 401)

    def test_unknown_user_is_401(self) -> None:
        response = self.client.post(
            "/auth/token", data={"username": "mallory", "password": DEFAULT_PASSWORD}
        )
        self.assertEqual(response.status_code, 401)

    def test_me_with_token(self) -> None:
        response = self.client.get("/auth/me", headers=self.auth_headers())
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response.json()["username"], "alice")

    def test_me_without_token_is_401(self) -> None:
        self.assertEqual(self.client.get("/auth/me").status_code, 401)

    def test_me_with_garbage_token_is_401(self) -> None:
        response = self.client.get("/auth/me", headers={"Authorization": "Bearer not.a.jwt"})
        self.assertEqual(response.status_code, 401)
