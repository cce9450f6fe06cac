"""User and authentication DTOs."""
from datetime import datetime

from pydantic import BaseModel, Field

from app.dto.base_dto import BaseDTO


class UserRegistrationRequestDTO(BaseDTO):
    username: str = Field(..., min_length=3, max_length=50, pattern=r"^[A-Za-z0-9_.-]+$")
    password: str = Field(..., min_length=8, max_length=72)


class UserResponseDTO(BaseDTO):
    id: int
    username: str
    created_at: datetime


class TokenResponseDTO(BaseModel):
    """Not camelCased on purpose: the OAuth2 spec mandates access_token/token_type."""

    access_token: str
    token_type: str = "bearer"
