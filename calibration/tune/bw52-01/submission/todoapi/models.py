from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field

from todoapi.store import Todo


class SignupRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    username: str = Field(min_length=3, max_length=32, pattern=r"^[a-zA-Z0-9_.-]+$")
    password: str = Field(min_length=8, max_length=128)


class LoginRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    username: str = Field(min_length=1, max_length=32)
    password: str = Field(min_length=1, max_length=128)


class UserResponse(BaseModel):
    id: int
    username: str
    created_at: datetime


class TokenResponse(BaseModel):
    access_token: str
    token_type: str = "bearer"
    expires_in: int


class TodoCreateRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    title: str = Field(min_length=1, max_length=200)
    description: str | None = Field(default=None, max_length=2000)
    done: bool = False


class TodoUpdateRequest(BaseModel):
    """Partial update. Omitted fields are left alone."""

    model_config = ConfigDict(extra="forbid")

    title: str | None = Field(default=None, min_length=1, max_length=200)
    description: str | None = Field(default=None, max_length=2000)
    done: bool | None = None


class TodoResponse(BaseModel):
    id: int
    title: str
    description: str | None
    done: bool
    created_at: datetime
    updated_at: datetime

    @staticmethod
    def from_todo(t: Todo) -> "TodoResponse":
        return TodoResponse(
            id=t.id,
            title=t.title,
            description=t.description,
            done=t.done,
            created_at=t.created_at,
            updated_at=t.updated_at,
        )


class TodoListResponse(BaseModel):
    items: list[TodoResponse]
    total: int
    limit: int
    offset: int
