from pydantic import BaseModel


class ErrorResponseDto(BaseModel):
    detail: str
