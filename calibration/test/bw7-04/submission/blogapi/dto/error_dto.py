from datetime import datetime

from blogapi.dto.base_dto import BaseDto


class ErrorResponseDto(BaseDto):
    timestamp: datetime
    status: int
    error: str
    message: str
    path: str
