from datetime import datetime

from pydantic import Field

from blog.dto.base import CamelCaseModel
from blog.entity import User


class SignUpRequest(CamelCaseModel):
    username: str = Field(min_length=3, max_length=50, pattern=r"^[A-Za-z0-9_.-]+$")
    password: str = Field(min_length=8, max_length=72)


class UserResponse(CamelCaseModel):
    id: int
    username: str
    created_at: datetime

    @classmethod
    def from_entity(cls, user: User) -> "UserResponse":
        return cls(id=user.id, username=user.username, created_at=user.created_at)


class TokenResponse(CamelCaseModel):
    # OAuth2 spec mandates snake_case here, so no alias for these two
    access_token: str = Field(serialization_alias="access_token")
    token_type: str = Field(default="bearer", serialization_alias="token_type")
