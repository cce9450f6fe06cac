from typing import Any

from pydantic import BaseModel, ConfigDict, Field, model_validator


class SignUp(BaseModel):
    username: str = Field(min_length=3, max_length=40, pattern=r"^[a-zA-Z0-9_.-]+$")
    password: str = Field(min_length=8, max_length=256)


class User(BaseModel):
    id: int
    username: str


class TodoCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    title: str = Field(min_length=1, max_length=200)
    description: str | None = Field(default=None, max_length=5000)
    done: bool = False


class TodoUpdate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    title: str | None = Field(default=None, min_length=1, max_length=200)
    description: str | None = Field(default=None, max_length=5000)
    done: bool | None = None

    @model_validator(mode="before")
    @classmethod
    def _no_null_for_required(cls, data: Any) -> Any:
        # Omitting a field means "leave it"; sending null for title/done is a client error.
        if isinstance(data, dict):
            for key in ("title", "done"):
                if key in data and data[key] is None:
                    raise ValueError(f"{key} may not be null")
        return data


class Todo(BaseModel):
    id: int
    title: str
    description: str | None
    done: bool


class TodoPage(BaseModel):
    items: list[Todo]
    total: int
    limit: int
    offset: int


class Message(BaseModel):
    detail: str
