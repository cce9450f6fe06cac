from datetime import datetime

from pydantic import BaseModel, ConfigDict


class Resource(BaseModel):
    model_config = ConfigDict(from_attributes=True)


class UserResource(Resource):
    id: int
    username: str
    created_at: datetime


class PostResource(Resource):
    id: int
    user_id: int
    title: str
    body: str
    created_at: datetime
    updated_at: datetime


class CommentResource(Resource):
    id: int
    post_id: int
    user_id: int
    body: str
    created_at: datetime


class TokenResource(BaseModel):
    access_token: str
    token_type: str = "bearer"
    expires_in: int
