from pydantic import BaseModel, Field


class Credentials(BaseModel):
    username: str = Field(min_length=3, max_length=64, pattern=r"^[a-zA-Z0-9_]+$")
    password: str = Field(min_length=8, max_length=128)


class User(BaseModel):
    id: int
    username: str


class TokenResponse(BaseModel):
    access_token: str
    token_type: str = "bearer"


class TodoCreate(BaseModel):
    title: str = Field(min_length=1, max_length=256)
    description: str | None = Field(default=None, max_length=4096)
    done: bool = False


# Fields are optional like *string in a Go struct: nil means "don't touch".
class TodoPatch(BaseModel):
    title: str | None = Field(default=None, min_length=1, max_length=256)
    description: str | None = Field(default=None, max_length=4096)
    done: bool | None = None


class Todo(BaseModel):
    id: int
    title: str
    description: str | None
    done: bool
    created_at: str


class TodoList(BaseModel):
    items: list[Todo]
    total: int
    limit: int
    offset: int


class ErrorResponse(BaseModel):
    detail: str
