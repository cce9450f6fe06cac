from datetime import datetime
from typing import Self

from pydantic import BaseModel, ConfigDict, Field, model_validator

from app.schemas.users import AuthorRead


class PostCreate(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    title: str = Field(min_length=1, max_length=200, examples=["Hello, world"])
    content: str = Field(min_length=1, max_length=20_000)


class PostUpdate(BaseModel):
    """Partial update: send only the fields to change. Fields cannot be set to null."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    title: str | None = Field(default=None, min_length=1, max_length=200)
    content: str | None = Field(default=None, min_length=1, max_length=20_000)

    @model_validator(mode="after")
    def _check_fields(self) -> Self:
        if not self.model_fields_set:
            raise ValueError("at least one of title, content is required")
        for name in self.model_fields_set:
            if getattr(self, name) is None:
                raise ValueError(f"{name} cannot be null")
        return self


class PostRead(BaseModel):
    id: int
    title: str
    content: str
    author: AuthorRead
    comment_count: int
    created_at: datetime
    updated_at: datetime
