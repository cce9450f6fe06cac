from datetime import datetime

from pydantic import Field

from blogapi.dto.base_dto import BaseDto, RequestDto


class RegisterUserRequestDto(RequestDto):
    username: str = Field(min_length=3, max_length=50, pattern=r"^[A-Za-z0-9_]+$")
    password: str = Field(min_length=8, max_length=72)


class LoginRequestDto(RequestDto):
    username: str = Field(min_length=1, max_length=50)
    password: str = Field(min_length=1, max_length=72)


class UserResponseDto(BaseDto):
    id: int
    username: str
    created_at: datetime


class AuthorSummaryDto(BaseDto):
    id: int
    username: str


class TokenResponseDto(BaseDto):
    access_token: str
    token_type: str = "Bearer"
    expires_in: int
