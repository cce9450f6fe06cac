"""Pydantic DTOs (Data Transfer Objects)."""
from pydantic import BaseModel, ConfigDict, Field


class UserCreateDTO(BaseModel):
    username: str = Field(..., min_length=3, max_length=50, examples=["jane_doe"])
    password: str = Field(..., min_length=8, max_length=72, examples=["s3cure-passw0rd"])


class UserReadDTO(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    username: str


class TokenDTO(BaseModel):
    access_token: str
    token_type: str = "bearer"


class TodoCreateDTO(BaseModel):
    title: str = Field(..., min_length=1, max_length=255)
    description: str | None = Field(default=None, max_length=5000)
    is_done: bool = False


class TodoUpdateDTO(BaseModel):
    title: str | None = Field(default=None, min_length=1, max_length=255)
    description: str | None = Field(default=None, max_length=5000)
    is_done: bool | None = None


class TodoReadDTO(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    title: str
    description: str | None
    is_done: bool


class PaginatedTodosDTO(BaseModel):
    items: list[TodoReadDTO]
    total: int
    limit: int
    offset: int
