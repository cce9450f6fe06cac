"""Outgoing payloads (the equivalent of Laravel API Resources)."""

from datetime import datetime

from pydantic import BaseModel, ConfigDict


class UserResource(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    username: str


class TokenResource(BaseModel):
    access_token: str
    token_type: str = "bearer"


class TodoResource(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    title: str
    description: str | None
    done: bool
    created_at: datetime


class TodoCollection(BaseModel):
    data: list[TodoResource]
    total: int
    limit: int
    offset: int


class ErrorResource(BaseModel):
    detail: str
