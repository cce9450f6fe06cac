from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field, field_validator

MAX_PASSWORD_BYTES = 72  # bcrypt only uses the first 72 bytes


class UserCreate(BaseModel):
    username: str = Field(..., min_length=3, max_length=50, pattern=r"^[a-zA-Z0-9_.-]+$")
    password: str = Field(..., min_length=8)

    @field_validator("password")
    @classmethod
    def password_fits_bcrypt(cls, value: str) -> str:
        if len(value.encode("utf-8")) > MAX_PASSWORD_BYTES:
            raise ValueError(f"password must be at most {MAX_PASSWORD_BYTES} bytes")
        if value.strip() == "":
            raise ValueError("password must not be blank")
        return value


class UserOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    username: str
    created_at: datetime


class Token(BaseModel):
    access_token: str
    token_type: str = "bearer"


class TodoCreate(BaseModel):
    title: str = Field(..., min_length=1, max_length=200)
    description: str | None = Field(None, max_length=1000)
    done: bool = False

    @field_validator("title")
    @classmethod
    def title_not_blank(cls, value: str) -> str:
        if value.strip() == "":
            raise ValueError("title must not be blank")
        return value


class TodoUpdate(BaseModel):
    title: str | None = Field(None, min_length=1, max_length=200)
    description: str | None = Field(None, max_length=1000)
    done: bool | None = None

    @field_validator("title", "done")
    @classmethod
    def not_null(cls, value: object) -> object:
        # Only runs when the field is actually sent, so omitting it is still fine
        if value is None:
            raise ValueError("field may be omitted but cannot be null")
        if isinstance(value, str) and value.strip() == "":
            raise ValueError("title must not be blank")
        return value


class TodoOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    title: str
    description: str | None
    done: bool
    created_at: datetime
    updated_at: datetime


class TodoList(BaseModel):
    items: list[TodoOut]
    total: int
    limit: int
    offset: int


class ErrorResponse(BaseModel):
    detail: str
