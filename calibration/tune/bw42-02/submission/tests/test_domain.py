from datetime import datetime, timedelta, timezone

from hypothesis import given
from hypothesis import strategies as st

from blog import domain
from blog.types import Err, Forbidden, Ok, Page, Post, PostEdit, PostId, UserId

T0 = datetime(2024, 1, 1, tzinfo=timezone.utc)


def a_post(author: int = 1) -> Post:
    return Post(PostId(1), UserId(author), "title", "content", T0, T0)


@given(
    st.lists(st.integers()),
    st.integers(min_value=1, max_value=100),
    st.integers(min_value=0, max_value=500),
)
def test_paginate_is_a_bounded_slice(xs: list[int], limit: int, offset: int) -> None:
    page = domain.paginate(xs, Page(limit, offset))
    assert len(page) <= limit
    assert page == xs[offset : offset + limit]


@given(st.lists(st.integers()), st.integers(min_value=1, max_value=20))
def test_pages_concatenate_to_the_whole(xs: list[int], limit: int) -> None:
    pages = [domain.paginate(xs, Page(limit, o)) for o in range(0, len(xs) + limit, limit)]
    assert [x for p in pages for x in p] == xs


def test_author_may_edit() -> None:
    post = a_post(author=1)
    assert domain.authorize_edit(UserId(1), post) == Ok(post)


def test_stranger_may_not_edit() -> None:
    assert isinstance(domain.authorize_edit(UserId(2), a_post(author=1)), Err)
    match domain.authorize_edit(UserId(2), a_post(author=1)):
        case Err(error=Forbidden()):
            pass
        case other:
            raise AssertionError(other)


def test_apply_edit_keeps_unspecified_fields() -> None:
    later = T0 + timedelta(hours=1)
    edited = domain.apply_edit(a_post(), PostEdit(title="new", content=None), later)
    assert edited.title == "new"
    assert edited.content == "content"
    assert edited.updated_at == later
    assert edited.created_at == T0


def test_newest_first_orders_by_creation() -> None:
    old = a_post()
    new = Post(PostId(2), UserId(1), "t", "c", T0 + timedelta(days=1), T0)
    assert domain.newest_first([old, new]) == [new, old]
