from datetime import UTC, datetime, timedelta
from uuid import uuid4

import pytest

from todo_service.domain.errors import AuthenticationError
from todo_service.infrastructure.security import (
    Argon2PasswordHasher,
    JwtTokenService,
    SystemClock,
)


def test_argon2_hashes_are_salted_and_verifiable() -> None:
    hasher = Argon2PasswordHasher()
    first, second = hasher.hash("hunter22"), hasher.hash("hunter22")
    assert first != second
    assert first.startswith("$argon2id$")
    assert hasher.verify(first, "hunter22")
    assert not hasher.verify(first, "hunter23")
    assert not hasher.verify("not-a-hash", "hunter22")


class _PastClock(SystemClock):
    def now(self) -> datetime:
        return datetime.now(UTC) - timedelta(hours=2)


def _tokens(clock: SystemClock, secret: str = "k" * 48) -> JwtTokenService:
    return JwtTokenService(secret=secret, ttl=timedelta(minutes=30), issuer="test", clock=clock)


def test_token_round_trip() -> None:
    user_id = uuid4()
    service = _tokens(SystemClock())
    assert service.subject(service.issue(user_id)) == user_id


def test_expired_token_is_rejected() -> None:
    expired = _tokens(_PastClock()).issue(uuid4())
    with pytest.raises(AuthenticationError):
        _tokens(SystemClock()).subject(expired)


def test_token_with_foreign_signature_is_rejected() -> None:
    foreign = _tokens(SystemClock(), secret="x" * 48).issue(uuid4())
    with pytest.raises(AuthenticationError):
        _tokens(SystemClock()).subject(foreign)
