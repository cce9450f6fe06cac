from datetime import datetime
from typing import List, Optional

from pydantic import BaseModel, ConfigDict, Field


class TodoCreateReq(BaseModel):
    title: str = Field(..., min_length=1, max_length=200)
    description: Optional[str] = Field(None, max_length=2000)
    done: bool = False


class TodoUpdateReq(BaseModel):
    title: Optional[str] = Field(None, min_length=1, max_length=200)
    description: Optional[str] = Field(None, max_length=2000)
    done: Optional[bool] = None


class TodoResp(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    title: str
    description: Optional[str]
    done: bool
    created_at: datetime
    updated_at: datetime


class TodoListResp(BaseModel):
    total: int
    offset: int
    limit: int
    items: List[TodoResp]
