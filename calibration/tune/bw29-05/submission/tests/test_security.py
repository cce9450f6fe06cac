"""Unit tests for password hashing and tokens (no HTTP involved)."""
import asyncio
from datetime import datetime, timedelta, timezone

import jwt

from todo_api.config import Settings
from todo_api.security import create_access_token, decode_access_token, hash_password, verify_password


def test_hash_is_salted_argon2() -> None:
    first = asyncio.run(hash_password("s3cret-password"))
    second = asyncio.run(hash_password("s3cret-password"))
    assert first.startswith("$argon2id$")
    assert first != second  # different salt every time
    assert "s3cret-password" not in first


def test_verify_password() -> None:
    hashed = asyncio.run(hash_password("s3cret-password"))
    assert asyncio.run(verify_password("s3cret-password", hashed)) is True
    assert asyncio.run(verify_password("wrong-password", hashed)) is False
    assert asyncio.run(verify_password("s3cret-password", None)) is False
    assert asyncio.run(verify_password("s3cret-password", "not-a-hash")) is False


def test_token_round_trip(settings: Settings) -> None:
    token = create_access_token(42, settings)
    assert decode_access_token(token, settings) == 42


def test_expired_token_is_rejected(settings: Settings) -> None:
    past = datetime.now(timezone.utc) - timedelta(minutes=5)
    token = jwt.encode(
        {"sub": "42", "iat": past - timedelta(minutes=30), "exp": past},
        settings.jwt_secret.get_secret_value(),
        algorithm="HS256",
    )
    assert decode_access_token(token, settings) is None


def test_token_signed_with_another_key_is_rejected(settings: Settings) -> None:
    token = jwt.encode(
        {"sub": "42", "exp": datetime.now(timezone.utc) + timedelta(minutes=5)},
        "some-other-key-some-other-key-some-other-key",
        algorithm="HS256",
    )
    assert decode_access_token(token, settings) is None
