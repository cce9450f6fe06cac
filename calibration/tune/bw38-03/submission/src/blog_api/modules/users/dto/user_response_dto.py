from datetime import datetime

from blog_api.common.dto.base_dto import BaseDto


class UserResponseDto(BaseDto):
    id: int
    username: str
    created_at: datetime


class AuthorDto(BaseDto):
    id: int
    username: str
