from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field, field_validator


class TodoCreate(BaseModel):
    title: str = Field(min_length=1, max_length=200)
    description: str | None = Field(default=None, max_length=5000)
    done: bool = False


class TodoUpdate(BaseModel):
    """PATCH semantics: only the fields present in the body are changed."""

    title: str | None = Field(default=None, min_length=1, max_length=200)
    description: str | None = Field(default=None, max_length=5000)
    done: bool | None = None

    @field_validator("title", "done")
    @classmethod
    def not_null(cls, value: object) -> object:
        # omitted is fine, an explicit null is not (the columns are NOT NULL)
        if value is None:
            raise ValueError("may not be null")
        return value


class TodoRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    title: str
    description: str | None
    done: bool
    created_at: datetime
    updated_at: datetime


class TodoPage(BaseModel):
    """Same shape as DRF's LimitOffsetPagination, minus the next/previous links."""

    count: int
    limit: int
    offset: int
    results: list[TodoRead]
