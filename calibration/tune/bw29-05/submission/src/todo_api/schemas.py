"""Pydantic schemas: how data *travels* over HTTP.

Every request body is validated against one of these classes before our code
ever sees it. If validation fails, FastAPI answers ``422 Unprocessable
Entity`` with a message that points at the offending field -- we get correct
error handling for free, as long as we describe our data precisely.
"""
from datetime import datetime
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StrictBool, model_validator

# Reusable, named constraints. Naming them documents intent and keeps the
# create and update schemas consistent with each other.
Username = Annotated[str, Field(min_length=3, max_length=50, pattern=r"^[A-Za-z0-9_.-]+$", examples=["ada"])]
Password = Annotated[str, Field(min_length=8, max_length=256, examples=["correct horse battery"])]
Title = Annotated[str, Field(min_length=1, max_length=200, examples=["Buy milk"])]
Description = Annotated[str, Field(max_length=2000, examples=["Semi-skimmed, 2 litres"])]


class ErrorMessage(BaseModel):
    """Shape of every error we raise ourselves (FastAPI's HTTPException)."""

    detail: str


# --------------------------------------------------------------------- users
class UserCreate(BaseModel):
    """Body of ``POST /auth/register``."""

    model_config = ConfigDict(extra="forbid")

    username: Username
    password: Password


class UserRead(BaseModel):
    """A user as returned to clients. Note: there is *no* password field here."""

    model_config = ConfigDict(from_attributes=True)

    id: int
    username: str
    created_at: datetime


class Token(BaseModel):
    """Response of ``POST /auth/token``, in the shape OAuth2 clients expect."""

    access_token: str
    token_type: str = "bearer"


# --------------------------------------------------------------------- todos
class TodoCreate(BaseModel):
    """Body of ``POST /todos``.

    ``StrictBool`` refuses ``"yes"`` or ``1``: a wrong type should be a 422,
    not something we silently reinterpret.
    """

    model_config = ConfigDict(extra="forbid")

    title: Title
    description: Description | None = None
    done: StrictBool = False


class TodoUpdate(BaseModel):
    """Body of ``PATCH /todos/{todo_id}``: every field is optional.

    Only the fields the client actually sent are applied (see
    ``model_dump(exclude_unset=True)`` in the router). ``description`` may be
    set to ``null`` to clear it; ``title`` and ``done`` may not, because a
    todo without a title or a done flag is not a valid todo.
    """

    model_config = ConfigDict(extra="forbid")

    title: Title | None = None
    description: Description | None = None
    done: StrictBool | None = None

    @model_validator(mode="after")
    def _reject_null_required_fields(self) -> "TodoUpdate":
        for name in ("title", "done"):
            if name in self.model_fields_set and getattr(self, name) is None:
                raise ValueError(f"{name} may be omitted but not set to null")
        return self


class TodoRead(BaseModel):
    """A todo as returned to its owner."""

    model_config = ConfigDict(from_attributes=True)

    id: int
    title: str
    description: str | None
    done: bool
    created_at: datetime
    updated_at: datetime
