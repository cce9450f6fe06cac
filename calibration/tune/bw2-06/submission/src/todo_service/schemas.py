from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

Username = Annotated[str, StringConstraints(pattern=r"^[a-zA-Z0-9_-]{3,32}$")]
Title = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]


class _In(BaseModel):
    model_config = ConfigDict(extra="forbid")


class RegisterIn(_In):
    username: Username
    # bcrypt silently truncates after 72 bytes; refuse instead of truncating
    password: Annotated[str, Field(min_length=10, max_length=72)]


class UserOut(BaseModel):
    id: int
    username: str


class TokenOut(BaseModel):
    access_token: str
    token_type: str = "bearer"
    expires_in: int


class TodoIn(_In):
    title: Title
    description: Annotated[str, Field(max_length=2000)] | None = None
    done: bool = False


class TodoPatch(_In):
    title: Title | None = None
    description: Annotated[str, Field(max_length=2000)] | None = None
    done: bool | None = None


class TodoOut(BaseModel):
    id: int
    title: str
    description: str | None
    done: bool


class TodoList(BaseModel):
    items: list[TodoOut]
    limit: int
    offset: int
