from typing import Generic, TypeVar

from pydantic import BaseModel, Field

T = TypeVar("T")


class Page(BaseModel, Generic[T]):
    items: list[T]
    total: int = Field(description="Number of items across all pages")
    limit: int
    offset: int


class ErrorResponse(BaseModel):
    detail: str


def error_responses(*codes: int) -> dict[int | str, dict[str, object]]:
    """OpenAPI `responses=` entries for the error codes a route can return."""
    descriptions = {
        401: "Missing or invalid bearer token",
        403: "Authenticated, but not the author",
        404: "Resource not found",
        409: "Conflict with existing data",
    }
    return {code: {"model": ErrorResponse, "description": descriptions[code]} for code in codes}
