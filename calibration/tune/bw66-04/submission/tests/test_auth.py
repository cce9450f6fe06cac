from datetime import datetime, timedelta, timezone

import jwt
import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select
from sqlalchemy.orm import Session

from blog_api.config import Settings
from blog_api.models import User
from tests.factories import PASSWORD


class TestRegister:
    def test_created(self, client: TestClient) -> None:
        resp = client.post("/auth/register", json={"username": "newbie", "password": "long-enough"})

        assert resp.status_code == 201
        assert resp.json()["username"] == "newbie"
        assert set(resp.json()) == {"id", "username", "created_at"}

    def test_password_hashed_with_argon2(self, client: TestClient, db: Session) -> None:
        client.post("/auth/register", json={"username": "newbie", "password": "long-enough"})

        stored = db.scalar(select(User.password_hash).where(User.username == "newbie"))
        assert stored is not None
        assert stored.startswith("$argon2id$")
        assert "long-enough" not in stored

    def test_duplicate_is_409(self, client: TestClient, author: User) -> None:
        resp = client.post("/auth/register", json={"username": "author", "password": "long-enough"})

        assert resp.status_code == 409

    def test_username_is_stripped(self, client: TestClient) -> None:
        resp = client.post("/auth/register", json={"username": "  spaced  ", "password": "12345678"})

        assert resp.status_code == 201
        assert resp.json()["username"] == "spaced"

    @pytest.mark.parametrize(
        ("payload", "field"),
        [
            ({"password": "long-enough"}, "username"),
            ({"username": "newbie"}, "password"),
            ({"username": "ab", "password": "long-enough"}, "username"),
            ({"username": "a" * 33, "password": "long-enough"}, "username"),
            ({"username": "no-dashes!", "password": "long-enough"}, "username"),
            ({"username": "newbie", "password": "short"}, "password"),
            ({"username": "newbie", "password": "p" * 257}, "password"),
            ({"username": {"nested": 1}, "password": "long-enough"}, "username"),
        ],
        ids=[
            "missing-username",
            "missing-password",
            "username-short",
            "username-long",
            "username-charset",
            "password-short",
            "password-long",
            "username-object",
        ],
    )
    def test_invalid_is_422(self, client: TestClient, payload: dict, field: str) -> None:
        resp = client.post("/auth/register", json=payload)

        assert resp.status_code == 422
        assert any(err["loc"][-1] == field for err in resp.json()["detail"])


class TestLogin:
    def test_returns_token(self, client: TestClient, author: User) -> None:
        resp = client.post("/auth/token", data={"username": "author", "password": PASSWORD})

        assert resp.status_code == 200
        body = resp.json()
        assert body["token_type"] == "bearer"
        assert body["expires_in"] == 30 * 60

    def test_token_works(self, client: TestClient, author: User) -> None:
        token = client.post(
            "/auth/token", data={"username": "author", "password": PASSWORD}
        ).json()["access_token"]

        resp = client.get("/auth/me", headers={"Authorization": f"Bearer {token}"})

        assert resp.status_code == 200
        assert resp.json()["username"] == "author"

    @pytest.mark.parametrize(
        ("username", "password"),
        [("author", "wrong password"), ("ghost", PASSWORD), ("Author", PASSWORD)],
        ids=["wrong-password", "unknown-user", "case-differs"],
    )
    def test_bad_credentials_401(
        self, client: TestClient, author: User, username: str, password: str
    ) -> None:
        resp = client.post("/auth/token", data={"username": username, "password": password})

        assert resp.status_code == 401
        assert resp.headers["www-authenticate"] == "Bearer"
        assert resp.json() == {"detail": "Incorrect username or password"}


def _forge(settings: Settings, **claims: object) -> str:
    return jwt.encode(claims, settings.secret_key.get_secret_value(), algorithm="HS256")


class TestBearer:
    @pytest.mark.parametrize(
        "authorization",
        [None, "", "Bearer", "Bearer ", "Bearer x.y.z", "Token abc", "Basic Zm9vOmJhcg=="],
    )
    def test_malformed_header_401(self, client: TestClient, authorization: str | None) -> None:
        headers = {} if authorization is None else {"Authorization": authorization}

        assert client.get("/auth/me", headers=headers).status_code == 401

    def test_expired_401(self, client: TestClient, settings: Settings, author: User) -> None:
        past = datetime.now(timezone.utc) - timedelta(minutes=1)
        token = _forge(settings, sub=str(author.id), exp=past)

        assert client.get("/auth/me", headers={"Authorization": f"Bearer {token}"}).status_code == 401

    def test_wrong_key_401(self, client: TestClient, author: User) -> None:
        exp = datetime.now(timezone.utc) + timedelta(minutes=5)
        token = jwt.encode({"sub": str(author.id), "exp": exp}, "x" * 40, algorithm="HS256")

        assert client.get("/auth/me", headers={"Authorization": f"Bearer {token}"}).status_code == 401

    @pytest.mark.parametrize(
        "claims",
        [
            {"sub": "999999"},
            {"sub": "not-an-int"},
            {},
        ],
        ids=["unknown-user", "non-int-subject", "no-subject"],
    )
    def test_bad_claims_401(self, client: TestClient, settings: Settings, claims: dict) -> None:
        exp = datetime.now(timezone.utc) + timedelta(minutes=5)
        token = _forge(settings, exp=exp, **claims)

        assert client.get("/auth/me", headers={"Authorization": f"Bearer {token}"}).status_code == 401

    def test_alg_none_rejected(self, client: TestClient, author: User) -> None:
        token = jwt.encode({"sub": str(author.id)}, key=None, algorithm="none")

        assert client.get("/auth/me", headers={"Authorization": f"Bearer {token}"}).status_code == 401
