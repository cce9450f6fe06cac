"""
Port of rest_framework.pagination.LimitOffsetPagination.

Use as a dependency: ``paginator: LimitOffsetPagination = Depends()``.
"""
from typing import Optional

from fastapi import Request

from blog import settings


def _positive_int(value, default, strict=False, cutoff=None):
    # Same behaviour as rest_framework.pagination._positive_int
    if value is None:
        return default
    ret = int(value)
    if ret < 0 or (ret == 0 and strict):
        return default
    if cutoff:
        return min(ret, cutoff)
    return ret


class LimitOffsetPagination:
    default_limit = settings.REST_FRAMEWORK["PAGE_SIZE"]
    max_limit = settings.REST_FRAMEWORK["MAX_PAGE_SIZE"]

    def __init__(self, request: Request, limit: Optional[int] = None, offset: Optional[int] = None):
        self.request = request
        self.limit = _positive_int(limit, self.default_limit, strict=True, cutoff=self.max_limit)
        self.offset = _positive_int(offset, 0)

    def paginate_queryset(self, queryset):
        self.count = queryset.count()
        return queryset.offset(self.offset).limit(self.limit).all()

    def get_next_link(self):
        if self.offset + self.limit >= self.count:
            return None
        url = self.request.url
        return str(url.include_query_params(limit=self.limit, offset=self.offset + self.limit))

    def get_previous_link(self):
        if self.offset <= 0:
            return None
        url = self.request.url
        offset = max(self.offset - self.limit, 0)
        return str(url.include_query_params(limit=self.limit, offset=offset))

    def get_paginated_response(self, data):
        return {
            "count": self.count,
            "next": self.get_next_link(),
            "previous": self.get_previous_link(),
            "results": data,
        }
