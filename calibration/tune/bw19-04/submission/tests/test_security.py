from __future__ import annotations

from datetime import timedelta

import pytest

from blogapi.security import (
    InvalidTokenError,
    create_access_token,
    decode_access_token,
    hash_password,
    verify_password,
)

pytestmark = pytest.mark.anyio

SECRET = "unit-test-secret-0123456789abcdef0123"


async def test_hash_is_argon2id_and_salted() -> None:
    first, second = await hash_password("s3cret!!"), await hash_password("s3cret!!")
    assert first.startswith("$argon2id$")
    assert first != second


async def test_verify() -> None:
    hashed = await hash_password("s3cret!!")
    assert await verify_password("s3cret!!", hashed)
    assert not await verify_password("wrong", hashed)
    assert not await verify_password("s3cret!!", None)
    assert not await verify_password("s3cret!!", "not-a-hash")


def test_token_round_trip() -> None:
    token = create_access_token(7, secret=SECRET, algorithm="HS256", ttl=timedelta(minutes=1))
    assert decode_access_token(token, secret=SECRET, algorithm="HS256") == 7


def test_token_with_none_algorithm_is_rejected() -> None:
    import jwt

    unsigned = jwt.encode({"sub": "7", "exp": 4102444800}, key="", algorithm="none")
    with pytest.raises(InvalidTokenError):
        decode_access_token(unsigned, secret=SECRET, algorithm="HS256")
