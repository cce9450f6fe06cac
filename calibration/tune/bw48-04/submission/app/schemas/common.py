from pydantic import BaseModel


class Message(BaseModel):
    """Shape of our error responses, e.g. {"detail": "Post not found"}."""

    detail: str


class PageMeta(BaseModel):
    """Pagination information returned together with every list."""

    total: int
    limit: int
    offset: int
