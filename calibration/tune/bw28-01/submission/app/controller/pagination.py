from typing import Annotated

from fastapi import Depends, Query

from app.dto.base_dto import PageRequestDTO

DEFAULT_PAGE_SIZE = 10
MAX_PAGE_SIZE = 50
MAX_OFFSET = 2_147_483_647  # Integer.MAX_VALUE


def page_request(
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE_SIZE, description="Page size")] = DEFAULT_PAGE_SIZE,
    offset: Annotated[int, Query(ge=0, le=MAX_OFFSET, description="Number of records to skip")] = 0,
) -> PageRequestDTO:
    return PageRequestDTO(limit=limit, offset=offset)


PageRequest = Annotated[PageRequestDTO, Depends(page_request)]
