from datetime import UTC, datetime, timedelta

import jwt

from todo_app.security import (
    create_access_token,
    decode_access_token,
    hash_password,
    verify_password,
)
from todo_app.settings import get_settings


def test_hash_is_salted_and_verifies() -> None:
    h1 = hash_password("correct horse")
    h2 = hash_password("correct horse")
    assert h1 != h2
    assert h1.startswith("$2b$")
    assert verify_password("correct horse", h1)
    assert not verify_password("wrong horse", h1)


def test_verify_rejects_overlong_password_instead_of_raising() -> None:
    h = hash_password("short-enough")
    assert verify_password("x" * 200, h) is False


def test_token_round_trip() -> None:
    assert decode_access_token(create_access_token(42)) == 42


def test_expired_token_is_rejected() -> None:
    old = datetime.now(UTC) - timedelta(days=1)
    assert decode_access_token(create_access_token(1, now=old)) is None


def test_token_signed_with_other_key_is_rejected() -> None:
    forged = jwt.encode(
        {"sub": "1", "exp": datetime.now(UTC) + timedelta(minutes=5)}, "not-the-key", "HS256"
    )
    assert decode_access_token(forged) is None


def test_token_without_exp_is_rejected() -> None:
    key = get_settings().secret_key.get_secret_value()
    assert decode_access_token(jwt.encode({"sub": "1"}, key, "HS256")) is None


def test_token_with_non_numeric_subject_is_rejected() -> None:
    key = get_settings().secret_key.get_secret_value()
    token = jwt.encode(
        {"sub": "admin", "exp": datetime.now(UTC) + timedelta(minutes=5)}, key, "HS256"
    )
    assert decode_access_token(token) is None


def test_alg_none_is_rejected() -> None:
    token = jwt.encode({"sub": "1", "exp": datetime.now(UTC) + timedelta(minutes=5)}, None, "none")
    assert decode_access_token(token) is None
