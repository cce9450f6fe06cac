"""Request and response schemas.

Every body that enters or leaves the API goes through one of these models, so the
OpenAPI docs describe exactly what the handlers accept and return.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field

TITLE_MAX = 200
DESCRIPTION_MAX = 2000


def _encodable(value: str) -> str:
    """JSON escapes can smuggle in lone surrogates that no response could encode back."""
    value.encode("utf-8")  # UnicodeEncodeError is a ValueError, so pydantic answers 422
    return value


Text = Annotated[str, AfterValidator(_encodable)]


class StrictModel(BaseModel):
    """Unknown fields and wrong types ("yes" for a bool) are client bugs: reject, don't guess."""

    model_config = ConfigDict(extra="forbid", strict=True)


class TodoCreate(StrictModel):
    title: Text = Field(min_length=1, max_length=TITLE_MAX, examples=["Buy milk"])
    description: Text = Field(default="", max_length=DESCRIPTION_MAX)
    done: bool = False


class TodoUpdate(StrictModel):
    """Partial update: omitted (or null) fields are left as they are."""

    title: Text | None = Field(default=None, min_length=1, max_length=TITLE_MAX)
    description: Text | None = Field(default=None, max_length=DESCRIPTION_MAX)
    done: bool | None = None


class TodoOut(BaseModel):
    id: int
    title: str
    description: str
    done: bool
    created_at: datetime
    updated_at: datetime


class TodoPage(BaseModel):
    items: list[TodoOut]
    total: int = Field(description="Number of todos the user has, ignoring limit/offset.")
    limit: int
    offset: int


class UserCreate(StrictModel):
    username: str = Field(
        min_length=3, max_length=32, pattern=r"^[A-Za-z0-9_.-]+$", examples=["alice"]
    )
    password: Text = Field(min_length=8, max_length=128)


class UserOut(BaseModel):
    username: str


class Token(BaseModel):
    access_token: str
    token_type: Literal["bearer"] = "bearer"


class Health(BaseModel):
    status: Literal["ok"] = "ok"


class ErrorOut(BaseModel):
    """Shape of the `detail` errors raised with HTTPException, for the docs."""

    detail: str
