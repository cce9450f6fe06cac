from datetime import datetime
from typing import Annotated, Self

from pydantic import BaseModel, ConfigDict, Field, StrictBool, StringConstraints, model_validator

Username = Annotated[
    str, StringConstraints(min_length=3, max_length=32, pattern=r"^[A-Za-z0-9_.-]+$")
]
# Passwords are never stripped or normalised: the user's exact input is what gets hashed.
Password = Annotated[str, StringConstraints(min_length=8, max_length=128)]
Title = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]
Description = Annotated[str, StringConstraints(max_length=2000)]


class StrictModel(BaseModel):
    """Request bodies: unknown fields are an error, not silently dropped."""

    model_config = ConfigDict(extra="forbid")


class UserCreate(StrictModel):
    username: Username
    password: Password


class UserOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    username: str


class Token(BaseModel):
    access_token: str
    token_type: str = "bearer"
    expires_in: int = Field(description="Lifetime of the access token in seconds")


class TodoCreate(StrictModel):
    title: Title
    description: Description = ""
    done: StrictBool = False


class TodoPatch(StrictModel):
    title: Title | None = None
    description: Description | None = None
    done: StrictBool | None = None

    @model_validator(mode="after")
    def _no_explicit_nulls(self) -> Self:
        for name in self.model_fields_set:
            if getattr(self, name) is None:
                raise ValueError(f"{name} may be omitted but not null")
        return self


class TodoOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    title: str
    description: str
    done: bool
    created_at: datetime
    updated_at: datetime


class ErrorOut(BaseModel):
    detail: str
