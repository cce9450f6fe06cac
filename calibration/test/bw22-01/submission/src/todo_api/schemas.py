"""HTTP request/response models. Conversion to and from domain types lives here."""

from typing import Annotated

from pydantic import BaseModel, ConfigDict, StringConstraints

from .domain import Todo, TodoFields

Title = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]
Description = Annotated[str, StringConstraints(max_length=2000)]
UsernameStr = Annotated[
    str, StringConstraints(min_length=3, max_length=32, pattern=r"^[A-Za-z0-9_.-]+$")
]
PasswordStr = Annotated[str, StringConstraints(min_length=8, max_length=128)]


class _Input(BaseModel):
    """Request bodies: unknown fields are an error, and no type coercion."""

    model_config = ConfigDict(extra="forbid", strict=True)


class UserCreate(_Input):
    username: UsernameStr
    password: PasswordStr


class UserOut(BaseModel):
    id: int
    username: str


class Token(BaseModel):
    access_token: str
    token_type: str = "bearer"


class TodoIn(_Input):
    title: Title
    description: Description = ""
    done: bool = False

    def to_fields(self) -> TodoFields:
        return TodoFields(title=self.title, description=self.description, done=self.done)


class TodoOut(BaseModel):
    id: int
    title: str
    description: str
    done: bool

    @classmethod
    def from_domain(cls, todo: Todo) -> "TodoOut":
        return cls(id=todo.id, title=todo.title, description=todo.description, done=todo.done)


class ErrorBody(BaseModel):
    detail: str
