"""Tests for the pure core. The shell (db.py, app.py) is thin glue over these."""

from datetime import UTC, datetime

import pytest

from blog.auth import check_password, hash_password, make_token, parse_token
from blog.core import (
    DEFAULT_LIMIT,
    MAX_LIMIT,
    Err,
    Failure,
    Ok,
    Page,
    Post,
    PostId,
    UserId,
    excerpt,
    make_page,
    may_edit,
)


def _post(author: int) -> Post:
    now = datetime.now(UTC)
    return Post(PostId(1), UserId(author), "t", "c", now, now)


def test_page_defaults() -> None:
    assert make_page(None, None) == Ok(Page(DEFAULT_LIMIT, 0))


@pytest.mark.parametrize("limit", [0, -3, MAX_LIMIT + 1])
def test_page_rejects_bad_limit(limit: int) -> None:
    assert isinstance(make_page(limit, 0), Err)


def test_page_rejects_negative_offset() -> None:
    assert make_page(5, -1) == Err("offset must be >= 0")


def test_page_accepts_bounds() -> None:
    assert make_page(1, 0) == Ok(Page(1, 0))
    assert make_page(MAX_LIMIT, 7) == Ok(Page(MAX_LIMIT, 7))


def test_only_author_may_edit() -> None:
    post = _post(author=1)
    assert may_edit(UserId(1), post) == Ok(post)
    assert may_edit(UserId(2), post) == Err(Failure.FORBIDDEN)


def test_password_round_trip() -> None:
    stored = hash_password("hunter22", "abc")
    assert check_password("hunter22", stored)
    assert not check_password("hunter23", stored)


def test_same_password_different_salt() -> None:
    assert hash_password("pw", "a") != hash_password("pw", "b")


def test_token_round_trip() -> None:
    assert parse_token(make_token(UserId(42))) == UserId(42)


def test_garbage_token() -> None:
    assert parse_token("not.a.token") is None


def test_excerpt() -> None:
    assert excerpt("short") == "short"
    long = "word " * 100
    out = excerpt(long, width=20)
    assert len(out) <= 20
    assert out.endswith("…")
