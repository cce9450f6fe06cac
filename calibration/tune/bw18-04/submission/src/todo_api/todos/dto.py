from datetime import datetime
from typing import Self

from pydantic import BaseModel, ConfigDict, Field, model_validator

Title = Field(min_length=1, max_length=200, examples=["Buy milk"])
Description = Field(default=None, max_length=2000, examples=["2 litres, semi-skimmed"])


class CreateTodoDto(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    title: str = Title
    description: str | None = Description
    done: bool = False


class UpdateTodoDto(BaseModel):
    """Partial update: only the fields present in the body are changed."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    title: str | None = Field(default=None, min_length=1, max_length=200)
    description: str | None = Description
    done: bool | None = None

    @model_validator(mode="after")
    def _non_nullable_fields(self) -> Self:
        for name in ("title", "done"):
            if name in self.model_fields_set and getattr(self, name) is None:
                raise ValueError(f"{name} may not be null")
        return self


class TodoResponse(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    title: str
    description: str | None
    done: bool
    created_at: datetime
    updated_at: datetime
