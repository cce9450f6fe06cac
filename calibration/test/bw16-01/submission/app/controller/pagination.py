from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, Query

from app.config import get_properties

_properties = get_properties()


@dataclass(frozen=True)
class PageRequest:
    limit: int
    offset: int


def page_request(
    limit: Annotated[
        int, Query(ge=1, le=_properties.max_page_size, description="Page size")
    ] = _properties.default_page_size,
    offset: Annotated[int, Query(ge=0, description="Number of items to skip")] = 0,
) -> PageRequest:
    return PageRequest(limit=limit, offset=offset)
