from pydantic import BaseModel


class ErrorOut(BaseModel):
    """Shape of every non-validation error body."""

    detail: str
