from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field


class SignUpDto(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    username: str = Field(min_length=3, max_length=32, pattern=r"^[a-zA-Z0-9_]+$", examples=["ada"])
    password: str = Field(min_length=8, max_length=256, examples=["correct horse battery"])


class UserResponse(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    username: str
    created_at: datetime


class TokenResponse(BaseModel):
    access_token: str
    token_type: Literal["bearer"] = "bearer"
    expires_in: int
