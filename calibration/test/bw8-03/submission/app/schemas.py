"""Request and response models.

Every field has a description and an example so that the interactive docs at
`/docs` are useful on their own, without having to read the code.
"""

from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field


# ---------------------------------------------------------------------------
# Accounts
# ---------------------------------------------------------------------------


class UserCreate(BaseModel):
    """What you send to create an account."""

    username: str = Field(
        min_length=3,
        max_length=50,
        pattern=r"^[a-zA-Z0-9_.-]+$",
        description="3 to 50 characters: letters, digits, `_`, `.` or `-`.",
        examples=["ada_lovelace"],
    )
    password: str = Field(
        min_length=8,
        max_length=128,
        description="At least 8 characters. Stored hashed, never returned.",
        examples=["correct horse battery staple"],
    )


class UserOut(BaseModel):
    """A user account, as returned by the API (never includes the password)."""

    model_config = ConfigDict(from_attributes=True)

    id: int = Field(description="Unique id of the user.", examples=[1])
    username: str = Field(description="The user's sign-in name.", examples=["ada_lovelace"])
    created_at: datetime = Field(description="When the account was created (UTC).")


class Token(BaseModel):
    """An access token to send in the `Authorization: Bearer <token>` header."""

    access_token: str = Field(description="The JWT to use as a bearer token.")
    token_type: str = Field(default="bearer", description="Always `bearer`.", examples=["bearer"])


# ---------------------------------------------------------------------------
# Todos
# ---------------------------------------------------------------------------


class TodoCreate(BaseModel):
    """What you send to create a todo."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {"title": "Buy oat milk", "description": "The barista one", "done": False},
            ]
        }
    )

    title: str = Field(
        min_length=1,
        max_length=200,
        description="A short, human-readable name for the task (1 to 200 characters).",
    )
    description: str | None = Field(
        default=None,
        max_length=2000,
        description="Optional longer notes about the task.",
    )
    done: bool = Field(default=False, description="Whether the task is finished.")


class TodoUpdate(BaseModel):
    """Fields to change on a todo. Leave a field out to keep its current value."""

    model_config = ConfigDict(json_schema_extra={"examples": [{"done": True}]})

    title: str | None = Field(default=None, min_length=1, max_length=200, description="New title.")
    description: str | None = Field(default=None, max_length=2000, description="New notes.")
    done: bool | None = Field(default=None, description="Mark the task as finished or not.")


class TodoOut(BaseModel):
    """A todo as returned by the API."""

    model_config = ConfigDict(from_attributes=True)

    id: int = Field(description="Unique id of the todo.", examples=[42])
    title: str = Field(description="Short name of the task.", examples=["Buy oat milk"])
    description: str | None = Field(description="Longer notes, or `null`.", examples=["The barista one"])
    done: bool = Field(description="Whether the task is finished.", examples=[False])
    created_at: datetime = Field(description="When the todo was created (UTC).")
    updated_at: datetime = Field(description="When the todo was last changed (UTC).")


class TodoSummary(BaseModel):
    """Counts across *all* of your todos, handy for a progress bar or a screen-reader announcement."""

    total: int = Field(description="Number of todos you have.", examples=[10])
    done: int = Field(description="How many are finished.", examples=[3])
    remaining: int = Field(description="How many are still open.", examples=[7])


class TodoPage(BaseModel):
    """One page of todos, plus the information needed to fetch the next one."""

    items: list[TodoOut] = Field(description="The todos on this page, newest first.")
    limit: int = Field(description="The page size that was used.", examples=[20])
    offset: int = Field(description="How many todos were skipped.", examples=[0])
    summary: TodoSummary = Field(description="Counts across all of your todos.")


class ErrorMessage(BaseModel):
    """Every error answers with a plain-language `detail` message."""

    detail: str = Field(examples=["We couldn't find a todo with id 42."])
