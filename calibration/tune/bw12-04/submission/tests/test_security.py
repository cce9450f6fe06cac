from __future__ import annotations

from todo_service.security import PasswordHasher, new_token, token_digest

FAST = PasswordHasher(time_cost=1, memory_cost_kib=64)


def test_hash_is_salted() -> None:
    assert FAST.hash("same password") != FAST.hash("same password")


def test_verify_accepts_right_and_rejects_wrong_password() -> None:
    stored = FAST.hash("right password")
    assert FAST.verify(stored, "right password")
    assert not FAST.verify(stored, "wrong password")


def test_verify_without_a_stored_hash_is_false() -> None:
    assert not FAST.verify(None, "anything at all")


def test_verify_with_corrupt_hash_is_false() -> None:
    assert not FAST.verify("not-an-argon2-hash", "anything")


def test_weaker_parameters_need_rehash() -> None:
    strong = PasswordHasher(time_cost=2, memory_cost_kib=128)
    assert strong.needs_rehash(FAST.hash("pw"))


def test_tokens_are_unique_and_digest_is_stable() -> None:
    tokens = {new_token() for _ in range(100)}
    assert len(tokens) == 100
    token = tokens.pop()
    assert token_digest(token) == token_digest(token)
    assert token_digest(token) != token
