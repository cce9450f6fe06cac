from typing import Any

from fastapi import Query, Request
from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from .settings import get_settings

_settings = get_settings()


class LimitOffsetPagination:
    """Port of rest_framework.pagination.LimitOffsetPagination."""

    def __init__(
        self,
        request: Request,
        limit: int = Query(_settings.page_size, ge=1, le=_settings.max_page_size, description="Page size"),
        offset: int = Query(0, ge=0, description="Number of items to skip"),
    ) -> None:
        self.request = request
        self.limit = limit
        self.offset = offset

    def paginate_queryset(self, db: Session, queryset: Select) -> tuple[int, list[Any]]:
        count = db.scalar(select(func.count()).select_from(queryset.order_by(None).subquery())) or 0
        items = list(db.scalars(queryset.limit(self.limit).offset(self.offset)))
        return count, items

    def get_paginated_response(self, count: int, results: list[Any]) -> dict[str, Any]:
        return {
            "count": count,
            "next": self._next_link(count),
            "previous": self._previous_link(),
            "results": results,
        }

    def _next_link(self, count: int) -> str | None:
        if self.offset + self.limit >= count:
            return None
        return str(self.request.url.include_query_params(limit=self.limit, offset=self.offset + self.limit))

    def _previous_link(self) -> str | None:
        if self.offset <= 0:
            return None
        prev = max(self.offset - self.limit, 0)
        return str(self.request.url.include_query_params(limit=self.limit, offset=prev))
