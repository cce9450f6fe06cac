from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field, field_validator


class UserCreate(BaseModel):
    username: str = Field(min_length=3, max_length=150, pattern=r"^[\w.@+-]+$")
    password: str = Field(min_length=8)

    @field_validator("password")
    @classmethod
    def fits_in_bcrypt(cls, value: str) -> str:
        # bcrypt ignores (or, since 4.1/5.0, rejects) anything past 72 bytes
        if len(value.encode()) > 72:
            raise ValueError("password must be at most 72 bytes")
        return value


class UserRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    username: str
    date_joined: datetime


class AuthorRead(BaseModel):
    """The public face of a user, embedded in posts and comments."""

    model_config = ConfigDict(from_attributes=True)

    id: int
    username: str


class Token(BaseModel):
    access_token: str
    token_type: str = "bearer"
