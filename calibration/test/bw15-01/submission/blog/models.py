from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field, model_validator


class Credentials(BaseModel):
    username: str = Field(min_length=3, max_length=32, pattern=r"^[a-zA-Z0-9_.-]+$")
    password: str = Field(min_length=8, max_length=128)


class UserOut(BaseModel):
    id: int
    username: str


class TokenOut(BaseModel):
    access_token: str
    token_type: str = "bearer"
    expires_at: str


class PostIn(BaseModel):
    title: str = Field(min_length=1, max_length=200)
    content: str = Field(min_length=1, max_length=50_000)


class PostPatch(BaseModel):
    model_config = ConfigDict(extra="forbid")

    title: str | None = Field(default=None, min_length=1, max_length=200)
    content: str | None = Field(default=None, min_length=1, max_length=50_000)

    @model_validator(mode="after")
    def no_nulls(self) -> "PostPatch":
        for name in self.model_fields_set:
            if getattr(self, name) is None:
                raise ValueError(f"{name} may not be null")
        return self


class PostOut(BaseModel):
    id: int
    author_id: int
    author: str
    title: str
    content: str
    created_at: str
    updated_at: str


class PostList(BaseModel):
    items: list[PostOut]
    limit: int
    offset: int


class CommentIn(BaseModel):
    body: str = Field(min_length=1, max_length=5_000)


class CommentOut(BaseModel):
    id: int
    post_id: int
    author: str
    body: str
    created_at: str


class ErrorOut(BaseModel):
    detail: str
