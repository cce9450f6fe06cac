from datetime import datetime
from typing import Optional

from pydantic import BaseModel, Field


class Todo(BaseModel):
    id: str
    ownerId: str
    title: str
    description: Optional[str] = None
    isCompleted: bool = False
    createdAt: datetime
    updatedAt: datetime


class CreateTodoRequest(BaseModel):
    title: str = Field(..., min_length=1, max_length=200)
    description: Optional[str] = None
    isCompleted: bool = False


class UpdateTodoRequest(BaseModel):
    title: Optional[str] = None
    description: Optional[str] = None
    isCompleted: Optional[bool] = None


class TodoResponse(BaseModel):
    id: str
    title: str
    description: Optional[str] = None
    isCompleted: bool
    createdAt: datetime
    updatedAt: datetime


class TodoListResponse(BaseModel):
    todos: list[TodoResponse]
    totalCount: int
    hasMore: bool


class MessageResponse(BaseModel):
    success: bool
    message: str
