import re
from datetime import datetime, timezone
from typing import Any

from pydantic import field_validator, model_validator
from sqlmodel import Field, SQLModel

TITLE_MAX = 200
DESCRIPTION_MAX = 2000
USERNAME_MIN, USERNAME_MAX = 3, 50
PASSWORD_MIN = 8
PASSWORD_MAX_BYTES = 72  # bcrypt only looks at the first 72 bytes
USERNAME_RE = re.compile(r"[A-Za-z0-9_]+")


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


# ---------- users ----------


class User(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    username: str = Field(index=True, unique=True, max_length=USERNAME_MAX)
    hashed_password: str
    created_at: datetime = Field(default_factory=utcnow)


class UserCreate(SQLModel):
    username: str = Field(min_length=USERNAME_MIN, max_length=USERNAME_MAX)
    password: str = Field(min_length=PASSWORD_MIN)

    @field_validator("username")
    @classmethod
    def username_charset(cls, v: str) -> str:
        if not USERNAME_RE.fullmatch(v):
            raise ValueError("username may only contain letters, digits and underscores")
        return v

    @field_validator("password")
    @classmethod
    def password_fits_bcrypt(cls, v: str) -> str:
        if len(v.encode("utf-8")) > PASSWORD_MAX_BYTES:
            raise ValueError(f"password must be at most {PASSWORD_MAX_BYTES} bytes")
        return v


class UserRead(SQLModel):
    id: int
    username: str
    created_at: datetime


class Token(SQLModel):
    access_token: str
    token_type: str = "bearer"


# ---------- todos ----------


class TodoBase(SQLModel):
    title: str = Field(min_length=1, max_length=TITLE_MAX)
    description: str | None = Field(default=None, max_length=DESCRIPTION_MAX)
    done: bool = False


class Todo(TodoBase, table=True):
    id: int | None = Field(default=None, primary_key=True)
    owner_id: int = Field(foreign_key="user.id")
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)


class TodoCreate(TodoBase):
    @field_validator("title")
    @classmethod
    def title_not_blank(cls, v: str) -> str:
        if not v.strip():
            raise ValueError("title must not be blank")
        return v.strip()


class TodoUpdate(SQLModel):
    title: str | None = Field(default=None, min_length=1, max_length=TITLE_MAX)
    description: str | None = Field(default=None, max_length=DESCRIPTION_MAX)
    done: bool | None = None

    @model_validator(mode="before")
    @classmethod
    def no_nulls_for_required_fields(cls, data: Any) -> Any:
        if isinstance(data, dict):
            for field in ("title", "done"):
                if field in data and data[field] is None:
                    raise ValueError(f"{field} may not be null")
            if isinstance(data.get("title"), str) and not data["title"].strip():
                raise ValueError("title must not be blank")
        return data


class TodoRead(TodoBase):
    id: int
    created_at: datetime
    updated_at: datetime


class TodoPage(SQLModel):
    items: list[TodoRead]
    total: int
    limit: int
    offset: int


class ErrorResponse(SQLModel):
    detail: str
