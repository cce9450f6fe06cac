from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field, model_validator

Username = Field(min_length=3, max_length=32, pattern=r"^[A-Za-z0-9_.-]+$")


class UserCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    username: str = Username
    # 72 is bcrypt's limit; kept for portability even though we use argon2
    password: str = Field(min_length=8, max_length=72)


class UserRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    username: str


class Token(BaseModel):
    access_token: str
    token_type: str = "bearer"


class TodoCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    title: str = Field(min_length=1, max_length=200)
    description: str | None = Field(default=None, max_length=2000)
    done: bool = False


class TodoUpdate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    title: str | None = Field(default=None, min_length=1, max_length=200)
    description: str | None = Field(default=None, max_length=2000)
    done: bool | None = None

    @model_validator(mode="after")
    def _title_not_null(self) -> "TodoUpdate":
        if "title" in self.model_fields_set and self.title is None:
            raise ValueError("title cannot be null")
        return self


class TodoRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    title: str
    description: str | None
    done: bool
    created_at: datetime


class TodoPage(BaseModel):
    items: list[TodoRead]
    total: int
    limit: int
    offset: int


class ErrorOut(BaseModel):
    detail: str
