from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field


class PostCreateDTO(BaseModel):
    title: str = Field(min_length=1, max_length=200)
    content: str = Field(min_length=1, max_length=20_000)


class PostUpdateDTO(PostCreateDTO):
    """Full replacement of a post's editable fields (PUT semantics)."""


class PostDTO(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    title: str
    content: str
    author_id: int
    author_username: str
    created_at: datetime
    updated_at: datetime
