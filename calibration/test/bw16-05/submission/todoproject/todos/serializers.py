from datetime import datetime
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, field_validator

Title = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]
Description = Annotated[str, Field(max_length=2000)]


class TodoSerializer(BaseModel):
    """Read serializer (what the API returns)."""

    model_config = ConfigDict(from_attributes=True)

    id: int
    title: str
    description: str | None
    done: bool
    created_at: datetime
    updated_at: datetime


class TodoCreateSerializer(BaseModel):
    """Used for POST and PUT: every writable field, title required."""

    model_config = ConfigDict(extra="forbid")

    title: Title
    description: Description | None = None
    done: bool = False


class TodoPartialUpdateSerializer(BaseModel):
    """PATCH: any subset of the writable fields. Only fields actually sent are applied."""

    model_config = ConfigDict(extra="forbid")

    title: Title | None = None
    description: Description | None = None
    done: bool | None = None

    @field_validator("title", "done")
    @classmethod
    def not_null(cls, value: Any) -> Any:
        # Omitted is fine (validators don't run on defaults); an explicit null is not.
        if value is None:
            raise ValueError("This field may not be null.")
        return value
