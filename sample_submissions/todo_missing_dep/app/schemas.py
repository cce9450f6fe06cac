from pydantic import BaseModel, Field


class TodoIn(BaseModel):
    title: str = Field(min_length=1, max_length=120)
    completed: bool = False


class Todo(TodoIn):
    id: int
