from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field

from app.schemas.common import PageMeta
from app.schemas.user import UserPublic


class PostCreate(BaseModel):
    title: str = Field(min_length=1, max_length=200)
    content: str = Field(min_length=1, max_length=20_000)


class PostUpdate(BaseModel):
    """For PATCH every field is optional: send only what you want to change."""

    title: str | None = Field(default=None, min_length=1, max_length=200)
    content: str | None = Field(default=None, min_length=1, max_length=20_000)


class PostPublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    title: str
    content: str
    created_at: datetime
    updated_at: datetime
    # A nested schema: pydantic will read post.author and convert it too.
    author: UserPublic


class PostList(PageMeta):
    items: list[PostPublic]
