from datetime import timedelta

import jwt

from app.adapters.security import JwtTokens
from tests.fakes import FixedClock

SECRET = "test-secret-test-secret-test-secret"


def make(clock: FixedClock, secret: str = SECRET) -> JwtTokens:
    return JwtTokens(secret, timedelta(minutes=30), clock)


def test_round_trip() -> None:
    tokens = make(FixedClock())
    assert tokens.user_id_from(tokens.issue(42)) == 42


def test_expired_token_is_rejected() -> None:
    clock = FixedClock()
    tokens = make(clock)
    token = tokens.issue(42)
    clock.advance(timedelta(minutes=29))
    assert tokens.user_id_from(token) == 42
    clock.advance(timedelta(minutes=1))
    assert tokens.user_id_from(token) is None


def test_token_signed_with_another_secret_is_rejected() -> None:
    clock = FixedClock()
    forged = make(clock, secret="some-other-secret-some-other-secret").issue(42)
    assert make(clock).user_id_from(forged) is None


def test_garbage_is_rejected() -> None:
    assert make(FixedClock()).user_id_from("not.a.jwt") is None


def test_token_without_expiry_is_rejected() -> None:
    token = jwt.encode({"sub": "42"}, SECRET, algorithm="HS256")
    assert make(FixedClock()).user_id_from(token) is None


def test_alg_none_is_rejected() -> None:
    token = jwt.encode({"sub": "42", "exp": 9999999999}, None, algorithm="none")
    assert make(FixedClock()).user_id_from(token) is None
