"""Unit tests for :mod:`blog_api.security`."""

from datetime import timedelta

from blog_api.security import (
    create_access_token,
    decode_access_token,
    hash_password,
    verify_password,
)


def test_hash_is_salted() -> None:
    """Two hashes of the same password differ because of the random salt."""
    assert hash_password("hunter22") != hash_password("hunter22")


def test_verify_roundtrip() -> None:
    """A password verifies against its own hash and nothing else."""
    encoded = hash_password("correct horse battery staple")
    assert verify_password("correct horse battery staple", encoded)
    assert not verify_password("Correct horse battery staple", encoded)


def test_verify_rejects_garbage() -> None:
    """A malformed stored value never verifies."""
    assert not verify_password("x", "not-a-hash")


def test_token_roundtrip() -> None:
    """The subject survives encoding and decoding."""
    assert decode_access_token(create_access_token(42)) == 42


def test_expired_token() -> None:
    """A token whose lifetime is negative is rejected."""
    token = create_access_token(42, ttl=timedelta(seconds=-1))
    assert decode_access_token(token) is None
