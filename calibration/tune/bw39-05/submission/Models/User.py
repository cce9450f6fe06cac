from datetime import datetime

from pydantic import BaseModel, Field


class User(BaseModel):
    id: str
    username: str
    passwordHash: str
    createdAt: datetime


class SignUpRequest(BaseModel):
    username: str = Field(..., min_length=3, max_length=30)
    password: str = Field(..., min_length=6)


class UserResponse(BaseModel):
    id: str
    username: str
    createdAt: datetime


class TokenResponse(BaseModel):
    access_token: str
    token_type: str = "bearer"
