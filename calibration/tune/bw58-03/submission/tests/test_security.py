import asyncio
from datetime import timedelta

import jwt
import pytest

from app.core.security import create_access_token, decode_access_token, hash_password, verify_password


def test_hash_and_verify_roundtrip() -> None:
    hashed = asyncio.run(hash_password("s3cretpass"))

    assert asyncio.run(verify_password("s3cretpass", hashed)) is True
    assert asyncio.run(verify_password("wrong", hashed)) is False


def test_token_roundtrip() -> None:
    token = create_access_token("42")

    assert decode_access_token(token) == "42"


def test_expired_token_is_rejected() -> None:
    token = create_access_token("42", expires_delta=timedelta(seconds=-1))

    with pytest.raises(jwt.ExpiredSignatureError):
        decode_access_token(token)
