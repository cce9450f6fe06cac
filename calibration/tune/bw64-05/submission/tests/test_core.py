from datetime import UTC, datetime

from hypothesis import given
from hypothesis import strategies as st

from tudu.core import Keep, Patch, Set, Todo, TodoId, UserId, apply_patch, paginate

TODO = Todo(TodoId(1), UserId(1), "t", "d", False, datetime(2026, 1, 1, tzinfo=UTC))


@given(st.lists(st.integers()), st.integers(1, 50), st.integers(0, 100))
def test_page_is_a_slice(xs: list[int], limit: int, offset: int) -> None:
    page = paginate(xs, limit, offset)
    assert list(page.items) == xs[offset : offset + limit]
    assert page.total == len(xs)
    assert len(page.items) <= limit


@given(st.lists(st.integers()), st.integers(0, 60))
def test_pages_concatenate(xs: list[int], n: int) -> None:
    first = paginate(xs, max(n, 1), 0).items
    rest = paginate(xs, len(xs) + 1, max(n, 1)).items
    assert first + rest == tuple(xs)


def test_empty_patch_is_identity() -> None:
    assert apply_patch(TODO, Patch()) == TODO


def test_patch_can_clear_description() -> None:
    assert apply_patch(TODO, Patch(description=Set(None))).description is None


def test_patch_keeps_untouched_fields() -> None:
    patched = apply_patch(TODO, Patch(done=Set(True), title=Keep()))
    assert patched.done is True
    assert patched.title == "t"
    assert patched.description == "d"
