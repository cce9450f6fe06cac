import pytest

from todoapi import auth

SECRET = b"test-secret"


def test_hash_and_verify_roundtrip() -> None:
    h = auth.hash_password("correct horse battery")
    assert h.startswith("scrypt$")
    assert auth.verify_password("correct horse battery", h)
    assert not auth.verify_password("wrong", h)


def test_hash_is_salted() -> None:
    assert auth.hash_password("same-password") != auth.hash_password("same-password")


@pytest.mark.parametrize(
    "encoded",
    [
        "",
        "plain",
        "bcrypt$1$2$3$aa$bb",
        "scrypt$x$8$1$aa$bb",
        "scrypt$16384$8$1$zz$bb",
    ],
)
def test_verify_rejects_garbage(encoded: str) -> None:
    assert auth.verify_password("anything", encoded) is False


def test_token_roundtrip() -> None:
    tok = auth.issue_token(42, SECRET, 60, now=1_000)
    uid, reason = auth.parse_token(tok, SECRET, now=1_030)
    assert (uid, reason) == (42, None)


@pytest.mark.parametrize(
    "name, token, secret, now, want_reason",
    [
        ("expired", auth.issue_token(1, SECRET, 60, now=1_000), SECRET, 1_060, "token expired"),
        ("wrong secret", auth.issue_token(1, SECRET, 60, now=1_000), b"other", 1_010, "invalid token signature"),
        ("two parts", "1.2", SECRET, 0, "malformed token"),
        ("empty", "", SECRET, 0, "malformed token"),
        ("tampered user", "2" + auth.issue_token(1, SECRET, 60, now=1_000)[1:], SECRET, 1_010, "invalid token signature"),
    ],
)
def test_token_rejected(name: str, token: str, secret: bytes, now: int, want_reason: str) -> None:
    uid, reason = auth.parse_token(token, secret, now=now)
    assert uid is None, name
    assert reason == want_reason, name
