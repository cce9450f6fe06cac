from pydantic import BaseModel, Field


class TodoCreate(BaseModel):
    title: str = Field(min_length=1, max_length=200)
    done: bool = False
    tags: list[str] = Field(default_factory=list, max_length=10)


class TodoUpdate(BaseModel):
    title: str | None = Field(default=None, min_length=1, max_length=200)
    done: bool | None = None
    tags: list[str] | None = Field(default=None, max_length=10)


class TodoOut(BaseModel):
    id: int
    title: str
    done: bool
    tags: list[str]


class TagOut(BaseModel):
    id: int
    name: str
