from typing import List, Optional

from pydantic import BaseModel, ConfigDict, Field


class TodoCreateRequestDto(BaseModel):
    title: str = Field(..., min_length=1, max_length=200)
    description: Optional[str] = Field(None, max_length=2000)
    done: bool = False


class TodoUpdateRequestDto(BaseModel):
    title: Optional[str] = Field(None, min_length=1, max_length=200)
    description: Optional[str] = Field(None, max_length=2000)
    done: Optional[bool] = None


class TodoResponseDto(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    title: str
    description: Optional[str]
    done: bool


class TodoPageResponseDto(BaseModel):
    items: List[TodoResponseDto]
    total: int
    limit: int
    offset: int
