from datetime import timedelta

from todo_api.domain import TodoFields, apply_patch
from todo_api.security import decode_token, encode_token, hash_password, utcnow, verify_password

BASE = TodoFields(title="a", description="d", done=False)


def test_apply_patch_empty_is_identity() -> None:
    assert apply_patch(BASE, {}) == BASE


def test_apply_patch_replaces_only_given_keys() -> None:
    assert apply_patch(BASE, {"done": True}) == TodoFields(title="a", description="d", done=True)


def test_apply_patch_explicit_null_clears_description() -> None:
    assert apply_patch(BASE, {"description": None}).description is None


def test_password_roundtrip() -> None:
    h = hash_password("pw-123456", rounds=4)
    assert h != "pw-123456"
    assert verify_password("pw-123456", h)
    assert not verify_password("wrong", h)


def test_token_roundtrip_and_rejections() -> None:
    now = utcnow()
    tok = encode_token(7, "k" * 32, timedelta(minutes=5), now)
    assert decode_token(tok, "k" * 32) == 7
    assert decode_token(tok, "x" * 32) is None
    assert decode_token("garbage", "k" * 32) is None
    expired = encode_token(7, "k" * 32, timedelta(minutes=-1), now)
    assert decode_token(expired, "k" * 32) is None
