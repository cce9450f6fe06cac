from datetime import datetime
from typing import Optional

from pydantic import BaseModel


class CommentBase(BaseModel):
    text: Optional[str] = None


class CommentCreate(CommentBase):
    text: str


class Comment(CommentBase):
    id: int
    post_id: int
    owner_id: int
    created_at: datetime

    class Config:
        from_attributes = True
