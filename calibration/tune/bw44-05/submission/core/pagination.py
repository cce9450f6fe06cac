"""Limit/offset pagination, shaped like DRF's LimitOffsetPagination."""
from typing import Annotated, Generic, TypeVar

from fastapi import Depends, Query
from pydantic import BaseModel

from config.settings import settings

T = TypeVar("T")


class LimitOffsetParams:
    def __init__(
        self,
        limit: Annotated[
            int,
            Query(ge=1, le=settings.PAGINATION_MAX_LIMIT, description="Number of results to return."),
        ] = settings.PAGINATION_DEFAULT_LIMIT,
        offset: Annotated[int, Query(ge=0, description="Index of the first result.")] = 0,
    ) -> None:
        self.limit = limit
        self.offset = offset


Pagination = Annotated[LimitOffsetParams, Depends()]


class Page(BaseModel, Generic[T]):
    count: int
    limit: int
    offset: int
    results: list[T]
