from datetime import datetime
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

Username = Annotated[str, StringConstraints(strip_whitespace=True, min_length=3, max_length=150, pattern=r"^[\w.@+-]+$")]


class UserCreateSerializer(BaseModel):
    model_config = ConfigDict(extra="forbid")

    username: Username
    password: str = Field(min_length=8, max_length=128, json_schema_extra={"format": "password"})


class UserSerializer(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    username: str
    created_at: datetime


class TokenSerializer(BaseModel):
    access_token: str
    token_type: str = "bearer"
    expiry: datetime
