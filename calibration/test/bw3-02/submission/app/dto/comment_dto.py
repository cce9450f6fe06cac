from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field


class CommentCreateDTO(BaseModel):
    content: str = Field(min_length=1, max_length=5_000)


class CommentDTO(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    post_id: int
    content: str
    author_id: int
    author_username: str
    created_at: datetime
