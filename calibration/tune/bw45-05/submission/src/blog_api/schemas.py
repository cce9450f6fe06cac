from datetime import datetime
from typing import Annotated, Self

from pydantic import BaseModel, ConfigDict, StringConstraints, field_validator, model_validator

Username = Annotated[
    str, StringConstraints(min_length=3, max_length=32, pattern=r"^[A-Za-z0-9_]+$")
]
Title = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]
Body = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=20_000)]
CommentBody = Annotated[
    str, StringConstraints(strip_whitespace=True, min_length=1, max_length=5_000)
]


class ORMModel(BaseModel):
    model_config = ConfigDict(from_attributes=True)


class Problem(BaseModel):
    detail: str


# -- users / auth -------------------------------------------------------------


class UserCreate(BaseModel):
    username: Username
    password: Annotated[str, StringConstraints(min_length=8)]

    @field_validator("password")
    @classmethod
    def _fits_bcrypt(cls, value: str) -> str:
        # bcrypt only looks at the first 72 bytes; refuse rather than silently truncate.
        if len(value.encode()) > 72:
            raise ValueError("password must be at most 72 bytes when UTF-8 encoded")
        return value


class UserRead(ORMModel):
    id: int
    username: str
    created_at: datetime


class Token(BaseModel):
    access_token: str
    token_type: str = "bearer"


class AuthorRead(ORMModel):
    id: int
    username: str


# -- posts --------------------------------------------------------------------


class PostCreate(BaseModel):
    title: Title
    content: Body


class PostUpdate(BaseModel):
    """Partial update. Omitted fields are left alone; ``null`` is not a valid value."""

    title: Title | None = None
    content: Body | None = None

    @model_validator(mode="after")
    def _no_nulls(self) -> Self:
        for name in self.model_fields_set:
            if getattr(self, name) is None:
                raise ValueError(f"{name} may not be null")
        return self


class PostRead(ORMModel):
    id: int
    title: str
    content: str
    author: AuthorRead
    created_at: datetime
    updated_at: datetime


# -- comments -----------------------------------------------------------------


class CommentCreate(BaseModel):
    content: CommentBody


class CommentRead(ORMModel):
    id: int
    post_id: int
    content: str
    author: AuthorRead
    created_at: datetime
