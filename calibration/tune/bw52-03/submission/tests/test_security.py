import base64
import json
from datetime import timedelta
from typing import Any

from blog.adapters.security import Argon2PasswordHasher, JwtTokenService

SECRET = "s" * 32


def _b64(part: dict[str, Any]) -> str:
    return base64.urlsafe_b64encode(json.dumps(part).encode()).rstrip(b"=").decode()


def test_token_round_trip() -> None:
    tokens = JwtTokenService(SECRET, ttl=timedelta(minutes=5))
    assert tokens.subject(tokens.issue(7)) == 7


def test_expired_token_is_rejected() -> None:
    tokens = JwtTokenService(SECRET, ttl=timedelta(seconds=-1))
    assert tokens.subject(tokens.issue(7)) is None


def test_token_signed_with_another_secret_is_rejected() -> None:
    other = JwtTokenService("o" * 32, ttl=timedelta(minutes=5))
    assert JwtTokenService(SECRET, ttl=timedelta(minutes=5)).subject(other.issue(7)) is None


def test_unsigned_token_is_rejected() -> None:
    header = _b64({"alg": "none", "typ": "JWT"})
    claims = _b64({"sub": "7", "iss": "blog-api", "iat": 0, "exp": 4_102_444_800})
    forged = f"{header}.{claims}."
    assert JwtTokenService(SECRET, ttl=timedelta(minutes=5)).subject(forged) is None


async def test_argon2_hash_is_salted_and_verifies() -> None:
    hasher = Argon2PasswordHasher(time_cost=1, memory_cost_kib=1024)
    a = await hasher.hash("pw-123456")
    b = await hasher.hash("pw-123456")
    assert a != b
    assert a.startswith("$argon2id$")
    assert await hasher.verify(a, "pw-123456")
    assert not await hasher.verify(a, "wrong")
    assert not await hasher.verify("not-a-hash", "pw-123456")
