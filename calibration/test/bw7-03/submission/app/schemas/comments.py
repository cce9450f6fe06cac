from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field

from app.schemas.users import AuthorRead


class CommentCreate(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    content: str = Field(min_length=1, max_length=5_000)


class CommentRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    post_id: int
    author: AuthorRead
    content: str
    created_at: datetime
