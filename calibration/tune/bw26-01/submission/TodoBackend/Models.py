from typing import Optional

from pydantic import BaseModel, Field


# MARK: - Request DTOs

class SignUpRequest(BaseModel):
    username: str = Field(min_length=3, max_length=32)
    password: str = Field(min_length=6, max_length=128)


class TodoCreateRequest(BaseModel):
    title: str = Field(min_length=1, max_length=200)
    description: Optional[str] = Field(default=None, max_length=2000)
    isDone: bool = False


class TodoUpdateRequest(BaseModel):
    title: Optional[str] = Field(default=None, min_length=1, max_length=200)
    description: Optional[str] = Field(default=None, max_length=2000)
    isDone: Optional[bool] = None


# MARK: - Response DTOs

class UserResponse(BaseModel):
    id: int
    username: str


class TokenResponse(BaseModel):
    access_token: str
    token_type: str = "bearer"


class TodoResponse(BaseModel):
    id: int
    title: str
    description: Optional[str]
    isDone: bool


class TodoListResponse(BaseModel):
    items: list[TodoResponse]
    limit: int
    offset: int
