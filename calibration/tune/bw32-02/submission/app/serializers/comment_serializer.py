from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field

from app.serializers.user_serializer import AuthorSerializer


class CommentParams(BaseModel):
    body: str = Field(min_length=1, max_length=5_000)


class CommentSerializer(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    post_id: int
    body: str
    author: AuthorSerializer
    created_at: datetime
