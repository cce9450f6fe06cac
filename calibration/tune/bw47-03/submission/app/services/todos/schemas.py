from datetime import datetime

from pydantic import BaseModel, Field, model_validator

from app.services.todos.domain import TodoPage, TodoView

DEFAULT_PAGE_SIZE = 20
MAX_PAGE_SIZE = 100


class TodoCreateIn(BaseModel):
    title: str = Field(min_length=1, max_length=200)
    description: str | None = Field(default=None, max_length=5000)


class TodoPatchIn(BaseModel):
    title: str | None = Field(default=None, min_length=1, max_length=200)
    description: str | None = Field(default=None, max_length=5000)
    done: bool | None = None

    @model_validator(mode="after")
    def _no_null_for_required(self) -> "TodoPatchIn":
        for name in ("title", "done"):
            if name in self.model_fields_set and getattr(self, name) is None:
                raise ValueError(f"{name} cannot be null")
        return self


class TodoOut(BaseModel):
    id: int
    title: str
    description: str | None
    done: bool
    owner: str
    created_at: datetime
    updated_at: datetime

    @classmethod
    def from_view(cls, view: TodoView) -> "TodoOut":
        t = view.todo
        return cls(
            id=t.id,
            title=t.title,
            description=t.description,
            done=t.done,
            owner=view.owner_username,
            created_at=t.created_at,
            updated_at=t.updated_at,
        )


class TodoPageOut(BaseModel):
    items: list[TodoOut]
    total: int
    limit: int
    offset: int

    @classmethod
    def from_page(cls, page: TodoPage) -> "TodoPageOut":
        return cls(
            items=[TodoOut.from_view(v) for v in page.items],
            total=page.total,
            limit=page.limit,
            offset=page.offset,
        )
