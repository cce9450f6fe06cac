from pydantic import BaseModel, ConfigDict, Field


class TodoBase(BaseModel):
    title: str = Field(min_length=1, max_length=200)
    description: str = Field(default="", max_length=2000)
    done: bool = False


class TodoCreate(TodoBase):
    """Body for creating a todo."""


class TodoUpdate(TodoBase):
    """Full replacement body for PUT (same shape as create)."""


class TodoOut(TodoBase):
    model_config = ConfigDict(from_attributes=True)

    id: int
