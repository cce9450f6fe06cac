from datetime import datetime
from typing import List, Optional

from pydantic import BaseModel, ConfigDict

from .comment import Comment
from .user import User


# Shared properties
class PostBase(BaseModel):
    title: Optional[str] = None
    content: Optional[str] = None


# Properties to receive on post creation
class PostCreate(PostBase):
    title: str
    content: str


# Properties to receive on post update
class PostUpdate(PostBase):
    pass


# Properties shared by models stored in DB
class PostInDBBase(PostBase):
    model_config = ConfigDict(from_attributes=True)

    id: int
    owner_id: int
    created_at: datetime


# Properties to return to client
class Post(PostInDBBase):
    owner: User
    comments: List[Comment] = []
