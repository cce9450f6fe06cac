from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StrictBool, model_validator

Username = Annotated[str, Field(pattern=r"^[a-z0-9_]{3,32}$")]
# Upper bound keeps a single login from costing more than one argon2 block.
Password = Annotated[str, Field(min_length=12, max_length=128)]
Title = Annotated[str, Field(min_length=1, max_length=200)]
Description = Annotated[str, Field(max_length=2000)]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Credentials(Strict):
    username: Username
    password: Password


class UserOut(BaseModel):
    id: int
    username: str


class TokenOut(BaseModel):
    access_token: str
    token_type: str = "bearer"
    expires_in: int


class TodoCreate(Strict):
    title: Title
    description: Description | None = None
    done: StrictBool = False


class TodoUpdate(Strict):
    title: Title | None = None
    description: Description | None = None
    done: StrictBool | None = None

    @model_validator(mode="after")
    def _no_null_for_required_columns(self) -> "TodoUpdate":
        for name in ("title", "done"):
            if name in self.model_fields_set and getattr(self, name) is None:
                raise ValueError(f"{name} may not be null")
        return self


class TodoOut(BaseModel):
    id: int
    title: str
    description: str | None
    done: bool
