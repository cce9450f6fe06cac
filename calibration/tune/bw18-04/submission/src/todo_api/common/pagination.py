from typing import Annotated, Generic, TypeVar

from fastapi import Depends, HTTPException, Query, status
from pydantic import BaseModel

from todo_api.config import Settings, get_settings

T = TypeVar("T")


class PageParams(BaseModel):
    limit: int
    offset: int


def page_params(
    settings: Annotated[Settings, Depends(get_settings)],
    limit: Annotated[int | None, Query(ge=1, description="Page size (default 20, max 100)")] = None,
    offset: Annotated[int, Query(ge=0, description="Number of items to skip")] = 0,
) -> PageParams:
    if limit is None:
        limit = settings.page_size_default
    if limit > settings.page_size_max:
        raise HTTPException(
            status.HTTP_422_UNPROCESSABLE_CONTENT,
            detail=[{"loc": ["query", "limit"], "msg": f"limit must be <= {settings.page_size_max}",
                     "type": "less_than_equal"}],
        )
    return PageParams(limit=limit, offset=offset)


PageParamsDep = Annotated[PageParams, Depends(page_params)]


class Page(BaseModel, Generic[T]):
    items: list[T]
    total: int
    limit: int
    offset: int
