from __future__ import annotations

from datetime import UTC, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

from todo_fp.domain import Todo, TodoId, TodoPatch, UserId, apply_patch, to_view

T0 = datetime(2024, 1, 1, tzinfo=UTC)
T1 = datetime(2024, 1, 2, tzinfo=UTC)

titles = st.text(min_size=1, max_size=50).map(str.strip).filter(bool)

todos = st.builds(
    Todo,
    id=st.integers(1, 10_000).map(TodoId),
    owner_id=st.integers(1, 10_000).map(UserId),
    title=titles,
    description=st.none() | st.text(max_size=50),
    done=st.booleans(),
    created_at=st.just(T0),
    updated_at=st.just(T0),
)

patches = st.fixed_dictionaries(
    {},
    optional={
        "title": titles,
        "description": st.none() | st.text(max_size=50),
        "done": st.booleans(),
    },
).map(TodoPatch.model_validate)


@given(todos)
def test_empty_patch_only_touches_updated_at(todo: Todo) -> None:
    patched = apply_patch(todo, TodoPatch(), T1)
    assert patched.model_dump(exclude={"updated_at"}) == todo.model_dump(exclude={"updated_at"})
    assert patched.updated_at == T1


@given(todos, patches)
def test_patch_sets_exactly_the_given_fields(todo: Todo, patch: TodoPatch) -> None:
    patched = apply_patch(todo, patch, T1)
    for name in ("title", "description", "done"):
        expected = getattr(patch, name) if name in patch.model_fields_set else getattr(todo, name)
        assert getattr(patched, name) == expected
    assert (patched.id, patched.owner_id, patched.created_at) == (
        todo.id,
        todo.owner_id,
        todo.created_at,
    )


@given(todos, patches)
def test_patch_does_not_mutate_input(todo: Todo, patch: TodoPatch) -> None:
    before = todo.model_dump()
    apply_patch(todo, patch, T1)
    assert todo.model_dump() == before


@given(todos, patches)
def test_patch_is_idempotent(todo: Todo, patch: TodoPatch) -> None:
    once = apply_patch(todo, patch, T1)
    assert apply_patch(once, patch, T1) == once


@given(todos)
def test_view_hides_owner(todo: Todo) -> None:
    assert "owner_id" not in to_view(todo).model_dump()


@pytest.mark.parametrize("field", ["title", "done"])
def test_required_fields_cannot_be_nulled(field: str) -> None:
    with pytest.raises(ValidationError):
        TodoPatch.model_validate({field: None})


def test_models_are_frozen() -> None:
    with pytest.raises(ValidationError):
        TodoPatch(title="x").title = "y"  # type: ignore[misc]
