from datetime import datetime
from typing import Annotated, Self

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, model_validator


def _fits_bcrypt(password: str) -> str:
    # bcrypt only looks at the first 72 bytes; refuse rather than silently truncate.
    if len(password.encode()) > 72:
        raise ValueError("password must be at most 72 bytes when UTF-8 encoded")
    return password


Username = Annotated[str, Field(min_length=3, max_length=50, pattern=r"^[A-Za-z0-9_.-]+$")]
Password = Annotated[str, Field(min_length=8), AfterValidator(_fits_bcrypt)]
Title = Annotated[str, Field(min_length=1, max_length=200)]
Description = Annotated[str, Field(max_length=2000)]


class _Input(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


class UserCreate(BaseModel):
    # No whitespace stripping here: a password is exactly what the user typed.
    model_config = ConfigDict(extra="forbid")

    username: Username
    password: Password


class UserOut(BaseModel):
    id: int
    username: str
    created_at: datetime


class Token(BaseModel):
    access_token: str
    token_type: str = "bearer"
    expires_in: int = Field(description="Lifetime of the token in seconds")


class TodoCreate(_Input):
    title: Title
    description: Description | None = None
    done: bool = False


class TodoUpdate(_Input):
    """Partial update. Omitted fields are left alone; ``description`` may be set to null."""

    title: Title | None = None
    description: Description | None = None
    done: bool | None = None

    @model_validator(mode="after")
    def _no_null_for_required_columns(self) -> Self:
        for name in ("title", "done"):
            if name in self.model_fields_set and getattr(self, name) is None:
                raise ValueError(f"{name} cannot be null")
        return self


class TodoOut(BaseModel):
    id: int
    title: str
    description: str | None
    done: bool
    created_at: datetime


class TodoPage(BaseModel):
    items: list[TodoOut]
    total: int
    limit: int
    offset: int


class Problem(BaseModel):
    """Error body used by every non-validation error response."""

    detail: str
