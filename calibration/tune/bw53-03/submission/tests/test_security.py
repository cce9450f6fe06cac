import asyncio
from datetime import timedelta

import pytest

from todo_api.security import InvalidToken, PasswordHasher, TokenService


def test_hash_roundtrip() -> None:
    hasher = PasswordHasher.with_rounds(4)
    hashed = asyncio.run(hasher.hash("s3cret password"))
    assert hashed.startswith("$2b$04$")
    assert asyncio.run(hasher.verify("s3cret password", hashed))
    assert not asyncio.run(hasher.verify("other password", hashed))


def test_hash_is_salted() -> None:
    hasher = PasswordHasher.with_rounds(4)
    assert asyncio.run(hasher.hash("same")) != asyncio.run(hasher.hash("same"))


def test_token_roundtrip_and_tamper() -> None:
    tokens = TokenService(secret="k" * 32, algorithm="HS256", ttl=timedelta(minutes=5))
    token = tokens.issue(7)
    assert tokens.subject(token) == 7
    with pytest.raises(InvalidToken):
        tokens.subject(token[:-2] + ("AA" if not token.endswith("AA") else "BB"))


def test_expired_token() -> None:
    tokens = TokenService(secret="k" * 32, algorithm="HS256", ttl=timedelta(seconds=-1))
    with pytest.raises(InvalidToken):
        tokens.subject(tokens.issue(7))
