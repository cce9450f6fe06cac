"""Property tests for the pure core: no app, no database."""
from dataclasses import FrozenInstanceError
from datetime import datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from inkwell.domain import Forbidden, Post, PostPatch, apply_patch, authorize_edit
from inkwell.security import decode_token, encode_token

SECRET = "k" * 32
aware_datetimes = st.datetimes(
    min_value=datetime(2000, 1, 1), max_value=datetime(2090, 1, 1), timezones=st.just(timezone.utc)
)
texts = st.text(min_size=1, max_size=50)

posts = st.builds(
    Post,
    id=st.integers(min_value=1),
    author_id=st.integers(min_value=1),
    author=texts,
    title=texts,
    content=texts,
    created_at=aware_datetimes,
    updated_at=aware_datetimes,
)
patches = st.builds(PostPatch, title=st.none() | texts, content=st.none() | texts)


@given(posts, aware_datetimes)
def test_empty_patch_is_identity(post: Post, now: datetime) -> None:
    assert apply_patch(post, PostPatch(), now) is post


@given(posts, patches, aware_datetimes)
def test_patch_is_idempotent(post: Post, patch: PostPatch, now: datetime) -> None:
    once = apply_patch(post, patch, now)
    assert apply_patch(once, patch, now) == once


@given(posts, patches, aware_datetimes)
def test_patch_touches_only_given_fields(post: Post, patch: PostPatch, now: datetime) -> None:
    out = apply_patch(post, patch, now)
    assert out.title == (patch.title if patch.title is not None else post.title)
    assert out.content == (patch.content if patch.content is not None else post.content)
    assert (out.id, out.author_id, out.author, out.created_at) == (
        post.id,
        post.author_id,
        post.author,
        post.created_at,
    )


@given(posts, patches, aware_datetimes)
def test_patch_never_mutates_input(post: Post, patch: PostPatch, now: datetime) -> None:
    before = (post.title, post.content, post.updated_at)
    apply_patch(post, patch, now)
    assert (post.title, post.content, post.updated_at) == before


def test_domain_values_are_frozen() -> None:
    post = Post(1, 1, "a", "t", "c", datetime.now(timezone.utc), datetime.now(timezone.utc))
    with pytest.raises(FrozenInstanceError):
        post.title = "changed"  # type: ignore[misc]


@given(posts, st.integers(min_value=1))
def test_only_author_is_authorized(post: Post, actor_id: int) -> None:
    result = authorize_edit(post, actor_id)
    if actor_id == post.author_id:
        assert result is post
    else:
        assert isinstance(result, Forbidden)


@given(st.integers(min_value=1, max_value=2**53))
def test_token_round_trip(user_id: int) -> None:
    now = datetime.now(timezone.utc)
    claims = decode_token(encode_token(user_id, now, timedelta(minutes=5), SECRET), SECRET)
    assert claims is not None and claims.user_id == user_id


@given(st.integers(min_value=1))
def test_token_signed_with_other_secret_is_rejected(user_id: int) -> None:
    token = encode_token(user_id, datetime.now(timezone.utc), timedelta(minutes=5), SECRET)
    assert decode_token(token, "z" * 32) is None


def test_expired_token_is_rejected() -> None:
    issued = datetime.now(timezone.utc) - timedelta(hours=2)
    token = encode_token(7, issued, timedelta(minutes=30), SECRET)
    assert decode_token(token, SECRET) is None


@given(st.text(max_size=200))
def test_garbage_tokens_never_raise(token: str) -> None:
    assert decode_token(token, SECRET) is None
