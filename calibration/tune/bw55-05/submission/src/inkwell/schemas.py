"""Request and response bodies: the public contract, documented with examples."""

from datetime import datetime
from typing import Annotated, Literal, Self

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StringConstraints, model_validator

MAX_PAGE_SIZE = 100
DEFAULT_PAGE_SIZE = 20
BCRYPT_MAX_BYTES = 72


def _fits_bcrypt(password: str) -> str:
    if len(password.encode()) > BCRYPT_MAX_BYTES:
        raise ValueError(f"must be at most {BCRYPT_MAX_BYTES} bytes when UTF-8 encoded")
    return password


Username = Annotated[
    str,
    StringConstraints(min_length=3, max_length=32, pattern=r"^[A-Za-z0-9_]+$"),
    Field(description="3-32 letters, digits or underscores", examples=["ada_lovelace"]),
]
Password = Annotated[
    str,
    StringConstraints(min_length=8, max_length=72),
    AfterValidator(_fits_bcrypt),
    Field(description="8-72 characters (72 bytes)", examples=["correct-horse-battery"]),
]
Title = Annotated[
    str,
    StringConstraints(strip_whitespace=True, min_length=1, max_length=200),
    Field(examples=["Notes on the Analytical Engine"]),
]
PostContent = Annotated[
    str,
    StringConstraints(min_length=1, max_length=20_000),
    Field(examples=["The engine weaves algebraic patterns just as the loom weaves flowers."]),
]
CommentContent = Annotated[
    str,
    StringConstraints(strip_whitespace=True, min_length=1, max_length=2000),
    Field(examples=["Lovely write-up!"]),
]


class _Input(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Problem(BaseModel):
    """Error body for every non-validation error."""

    detail: str = Field(examples=["Post not found"])


# --- users & tokens ---------------------------------------------------------------------------


class UserCreate(_Input):
    username: Username
    password: Password


class UserRead(BaseModel):
    model_config = ConfigDict(
        from_attributes=True,
        json_schema_extra={
            "examples": [{"id": 1, "username": "ada_lovelace", "created_at": "2024-05-01T12:00:00"}]
        },
    )

    id: int
    username: str
    created_at: datetime


class TokenPair(BaseModel):
    access_token: str = Field(description="Short-lived JWT for the Authorization header")
    refresh_token: str = Field(description="Long-lived, single-use JWT for /auth/refresh")
    token_type: Literal["bearer"] = "bearer"
    expires_in: int = Field(description="Access-token lifetime in seconds", examples=[900])


class RefreshRequest(_Input):
    refresh_token: str = Field(min_length=1, examples=["eyJhbGciOiJIUzI1NiIs..."])


# --- posts & comments -------------------------------------------------------------------------


class AuthorRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    username: str


class PostCreate(_Input):
    title: Title
    content: PostContent


class PostUpdate(_Input):
    """Partial update: send only the fields to change."""

    title: Title | None = None
    content: PostContent | None = None

    @model_validator(mode="after")
    def _no_explicit_nulls(self) -> Self:
        for name in self.model_fields_set:
            if getattr(self, name) is None:
                raise ValueError(f"'{name}' cannot be null; omit it to leave it unchanged")
        return self


class PostRead(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "id": 7,
                    "title": "Notes on the Analytical Engine",
                    "content": "The engine weaves algebraic patterns...",
                    "author": {"id": 1, "username": "ada_lovelace"},
                    "comment_count": 3,
                    "created_at": "2024-05-01T12:00:00",
                    "updated_at": None,
                }
            ]
        }
    )

    id: int
    title: str
    content: str
    author: AuthorRead
    comment_count: int
    created_at: datetime
    updated_at: datetime | None


class CommentCreate(_Input):
    content: CommentContent


class CommentRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    post_id: int
    content: str
    author: AuthorRead
    created_at: datetime


class Page[T](BaseModel):
    items: list[T]
    total: int = Field(description="Number of items across all pages")
    limit: int
    offset: int
