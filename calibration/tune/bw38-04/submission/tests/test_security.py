from datetime import UTC, datetime, timedelta

import jwt
import pytest
from pydantic import SecretStr

from todo_api.config import Settings
from todo_api.security import (
    create_access_token,
    decode_access_token,
    hash_password,
    verify_password,
)


def test_hash_is_salted_and_not_the_password() -> None:
    first = hash_password("s3cret-pass")
    second = hash_password("s3cret-pass")

    assert "s3cret-pass" not in first
    assert first != second
    assert first.startswith("$argon2id$")


def test_verify_password() -> None:
    hashed = hash_password("s3cret-pass")

    assert verify_password("s3cret-pass", hashed)
    assert not verify_password("wrong-pass", hashed)


def test_verify_password_with_corrupt_hash_is_false() -> None:
    assert not verify_password("anything", "not-a-hash")


def test_token_round_trip(settings: Settings) -> None:
    token = create_access_token("42", settings)

    assert decode_access_token(token, settings) == "42"


def test_expired_token_is_rejected(settings: Settings) -> None:
    long_ago = datetime.now(UTC) - timedelta(hours=1)
    token = create_access_token("42", settings, now=long_ago)

    with pytest.raises(jwt.ExpiredSignatureError):
        decode_access_token(token, settings)


def test_token_signed_with_another_key_is_rejected(settings: Settings) -> None:
    other = settings.model_copy(
        update={"secret_key": SecretStr("another-secret-key-that-is-also-long-enough")}
    )
    token = create_access_token("42", other)

    with pytest.raises(jwt.InvalidSignatureError):
        decode_access_token(token, settings)


def test_token_without_subject_is_rejected(settings: Settings) -> None:
    token = jwt.encode(
        {"exp": datetime.now(UTC) + timedelta(minutes=1)},
        settings.secret_key.get_secret_value(),
        algorithm="HS256",
    )

    with pytest.raises(jwt.MissingRequiredClaimError):
        decode_access_token(token, settings)
