from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field


class UserCreate(BaseModel):
    """What the client sends to sign up."""

    # pattern: letters, digits and underscores only.
    username: str = Field(min_length=3, max_length=50, pattern=r"^[A-Za-z0-9_]+$")
    password: str = Field(min_length=8, max_length=128)


class UserPublic(BaseModel):
    """What we send back. Notice: NO password field at all."""

    # from_attributes=True lets pydantic read SQLAlchemy objects directly.
    model_config = ConfigDict(from_attributes=True)

    id: int
    username: str


class UserMe(UserPublic):
    created_at: datetime


class Token(BaseModel):
    """The response of the login endpoint, in the format OAuth2 expects."""

    access_token: str
    token_type: str = "bearer"
