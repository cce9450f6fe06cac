from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field


class SignupParams(BaseModel):
    username: str = Field(min_length=3, max_length=30, pattern=r"^[A-Za-z0-9_]+$")
    password: str = Field(min_length=8, max_length=72)


class UserSerializer(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    username: str
    created_at: datetime


class AuthorSerializer(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    username: str


class TokenSerializer(BaseModel):
    access_token: str
    token_type: str = "bearer"
