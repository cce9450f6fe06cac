"""Property tests for the pure parts."""
import re
from datetime import datetime, timezone

from hypothesis import given
from hypothesis import strategies as st

from todoapi.domain import PATCHABLE, TodoPatch, patch_assignments, row_to_todo

NOW = datetime(2024, 1, 1, tzinfo=timezone.utc)

patches = st.builds(
    lambda fields: TodoPatch.model_validate(fields),
    st.fixed_dictionaries(
        {},
        optional={
            "title": st.text(alphabet=st.characters(categories=["L", "N"]), min_size=1, max_size=50),
            "description": st.none() | st.text(max_size=50),
            "done": st.booleans(),
        },
    ),
)


@given(patches)
def test_assignments_only_name_known_columns(patch: TodoPatch) -> None:
    clause, values = patch_assignments(patch, NOW)
    columns = re.findall(r"(\w+) = \?", clause)
    assert set(columns) <= PATCHABLE | {"updated_at"}
    assert len(columns) == len(values) == clause.count("?")


@given(patches)
def test_assignments_carry_exactly_the_sent_fields(patch: TodoPatch) -> None:
    clause, values = patch_assignments(patch, NOW)
    sent = patch.model_dump(exclude_unset=True)
    assert dict(zip(re.findall(r"(\w+) = \?", clause), values)) == {**sent, "updated_at": NOW.isoformat()}


def test_row_to_todo() -> None:
    todo = row_to_todo((1, "t", None, 1, NOW.isoformat(), NOW.isoformat()))
    assert todo.done is True
    assert todo.created_at == NOW
