from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field

from app.domain import Todo


class SignUpRequest(BaseModel):
    username: str = Field(min_length=3, max_length=50, pattern=r"^[A-Za-z0-9_.-]+$")
    password: str = Field(min_length=8, max_length=72)


class UserResponse(BaseModel):
    id: int
    username: str


class TokenResponse(BaseModel):
    access_token: str
    token_type: str = "bearer"


class CreateTodoRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    title: str = Field(min_length=1, max_length=200)
    description: str | None = Field(default=None, max_length=2000)
    done: bool = False


class UpdateTodoRequest(BaseModel):
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

    @classmethod
    def fromDomain(cls, todo: Todo) -> "TodoResponse":
        return cls(
            id=todo.id,
            title=todo.title,
            description=todo.description,
            done=todo.done,
            created_at=todo.createdAt,
        )


class TodoPageResponse(BaseModel):
    items: list[TodoResponse]
    limit: int
    offset: int


class ErrorResponse(BaseModel):
    detail: str
