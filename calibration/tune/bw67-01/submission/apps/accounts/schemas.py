from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field


class UserCreate(BaseModel):
    # same character set as Django's UnicodeUsernameValidator
    username: str = Field(min_length=3, max_length=150, pattern=r"^[\w.@+-]+$")
    # bcrypt only looks at the first 72 bytes, so keep it well under that
    password: str = Field(min_length=8, max_length=64)


class UserRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    username: str
    date_joined: datetime


class Token(BaseModel):
    access_token: str
    token_type: str = "bearer"
