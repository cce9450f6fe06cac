from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from todo_fp.passwords import hash_password, verify_password
from todo_fp.tokens import new_token, token_digest


@settings(max_examples=10, deadline=None)  # scrypt is slow on purpose
@given(st.text(min_size=1, max_size=40), st.text(min_size=1, max_size=40))
def test_verify_accepts_only_the_right_password(password: str, other: str) -> None:
    encoded = hash_password(password)
    assert verify_password(password, encoded)
    assert verify_password(other, encoded) == (other == password)


def test_hash_is_salted() -> None:
    assert hash_password("same password") != hash_password("same password")


def test_hash_is_deterministic_for_a_given_salt() -> None:
    salt = b"\x00" * 16
    assert hash_password("pw", salt=salt) == hash_password("pw", salt=salt)


def test_malformed_hash_is_rejected_not_raised() -> None:
    assert verify_password("pw", "not-a-hash") is False
    assert verify_password("pw", "bcrypt$1$2$3$00$00") is False


def test_tokens_are_unique_and_digest_is_stable() -> None:
    a, b = new_token(), new_token()
    assert a != b
    assert token_digest(a) == token_digest(a) != token_digest(b)
