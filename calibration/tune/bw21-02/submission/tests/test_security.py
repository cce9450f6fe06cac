"""Unit tests for :mod:`blogapi.security`."""

from __future__ import annotations

import pytest

from blogapi import security
from blogapi.security import hash_password, new_token, verify_password


def test_default_iterations_follow_owasp(monkeypatch: pytest.MonkeyPatch) -> None:
    # The autouse ``fast_hashing`` fixture lowers the count; undo it here.
    monkeypatch.undo()
    assert security.ITERATIONS >= 600_000


def test_hash_uses_module_iterations() -> None:
    assert hash_password("password1").split("$")[1] == str(security.ITERATIONS)


@pytest.mark.parametrize("password", ["password1", "pässwörd", "a" * 128, "🔑🔑🔑🔑🔑🔑🔑🔑"])
def test_roundtrip(password: str) -> None:
    encoded = hash_password(password)
    assert verify_password(password, encoded)


def test_wrong_password_is_rejected() -> None:
    encoded = hash_password("password1")
    assert not verify_password("password2", encoded)


def test_hash_is_salted() -> None:
    assert hash_password("password1") != hash_password("password1")


def test_hash_does_not_contain_password() -> None:
    assert "password1" not in hash_password("password1")


@pytest.mark.parametrize(
    "encoded",
    [
        "",
        "garbage",
        "md5$1000$00$00",
        "pbkdf2_sha256$notanint$00$00",
        "pbkdf2_sha256$1000$zz$00",
        "pbkdf2_sha256$1000$00",
    ],
)
def test_malformed_hash_never_verifies(encoded: str) -> None:
    assert verify_password("password1", encoded) is False


def test_tokens_are_unique_and_long() -> None:
    tokens = {new_token() for _ in range(1000)}
    assert len(tokens) == 1000
    assert all(len(t) >= 43 for t in tokens)
