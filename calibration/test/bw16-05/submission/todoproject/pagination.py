from typing import Annotated, Generic, TypeVar

from fastapi import Depends, Query, Request
from pydantic import BaseModel
from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from .settings import get_settings

T = TypeVar("T")

_settings = get_settings()


class Page(BaseModel, Generic[T]):
    count: int
    next: str | None
    previous: str | None
    results: list[T]


class LimitOffsetPagination:
    """Same contract as DRF's LimitOffsetPagination: ?limit=&offset=, count/next/previous/results."""

    def __init__(
        self,
        request: Request,
        limit: Annotated[
            int,
            Query(ge=1, le=_settings.MAX_PAGE_SIZE, description=f"Page size (max {_settings.MAX_PAGE_SIZE})"),
        ] = _settings.PAGE_SIZE,
        offset: Annotated[int, Query(ge=0, description="Index of the first result")] = 0,
    ) -> None:
        self.request = request
        self.limit = limit
        self.offset = offset

    def paginate_queryset(self, db: Session, queryset: Select) -> tuple[int, list]:
        count = db.scalar(select(func.count()).select_from(queryset.order_by(None).subquery())) or 0
        items = list(db.scalars(queryset.limit(self.limit).offset(self.offset)))
        return count, items

    def get_paginated_response(self, count: int, results: list[T]) -> Page[T]:
        return Page[T](
            count=count,
            next=self._link(self.offset + self.limit) if self.offset + self.limit < count else None,
            previous=self._link(max(self.offset - self.limit, 0)) if self.offset > 0 else None,
            results=results,
        )

    def _link(self, offset: int) -> str:
        return str(self.request.url.include_query_params(limit=self.limit, offset=offset))


Paginator = Annotated[LimitOffsetPagination, Depends()]
