from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field

from app.serializers.user_serializer import AuthorSerializer


class PostCreateParams(BaseModel):
    title: str = Field(min_length=1, max_length=200)
    content: str = Field(min_length=1, max_length=20_000)


class PostUpdateParams(BaseModel):
    title: str | None = Field(default=None, min_length=1, max_length=200)
    content: str | None = Field(default=None, min_length=1, max_length=20_000)


class PostSerializer(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    title: str
    content: str
    author: AuthorSerializer
    comments_count: int
    created_at: datetime
    updated_at: datetime
