"""Records (frozen pydantic models) and the pure functions over them."""
from datetime import datetime
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, field_validator

Title = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]
Description = Annotated[str, StringConstraints(strip_whitespace=True, max_length=2000)]
Username = Annotated[str, StringConstraints(strip_whitespace=True, min_length=3, max_length=32, pattern=r"^[A-Za-z0-9_.-]+$")]
Password = Annotated[str, StringConstraints(min_length=8, max_length=256)]

SQLITE_MAX_INT = 2**63 - 1  # larger ints cannot be bound as SQLite INTEGER


class Record(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Credentials(Record):
    username: Username
    password: Password


class UserOut(Record):
    id: int
    username: str


class Token(Record):
    access_token: str
    token_type: str = "bearer"


class TodoIn(Record):
    title: Title
    description: Description | None = None
    done: bool = False


class TodoPatch(Record):
    """Every field optional; an omitted field is left unchanged. `null` is only allowed for description."""

    title: Title | None = None
    description: Description | None = None
    done: bool | None = None

    @field_validator("title", "done")
    @classmethod
    def _not_null(cls, value: Any) -> Any:
        if value is None:
            raise ValueError("may not be null")
        return value


class Todo(Record):
    id: int
    title: str
    description: str | None
    done: bool
    created_at: datetime
    updated_at: datetime


class TodoPage(Record):
    items: tuple[Todo, ...]
    total: int
    limit: int
    offset: int


class ErrorOut(Record):
    detail: str


# ---- pure functions -----------------------------------------------------------

TODO_COLUMNS = "id, title, description, done, created_at, updated_at"
PATCHABLE: frozenset[str] = frozenset({"title", "description", "done"})


def row_to_todo(row: tuple[Any, ...]) -> Todo:
    id_, title, description, done, created_at, updated_at = row
    return Todo(
        id=id_,
        title=title,
        description=description,
        done=bool(done),
        created_at=datetime.fromisoformat(created_at),
        updated_at=datetime.fromisoformat(updated_at),
    )


def patch_assignments(patch: TodoPatch, now: datetime) -> tuple[str, tuple[Any, ...]]:
    """SET clause plus bound values for the fields the client actually sent.

    Column names only ever come from PATCHABLE; values are always parameters.
    """
    sent = tuple(
        (name, value)
        for name, value in sorted(patch.model_dump(exclude_unset=True).items())
        if name in PATCHABLE
    )
    pairs = sent + (("updated_at", now.isoformat()),)
    clause = ", ".join(f"{name} = ?" for name, _ in pairs)
    return clause, tuple(value for _, value in pairs)
