from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Annotated

from fastapi import Depends, HTTPException, Query, Request, status
from fastapi.security import OAuth2PasswordBearer

from blog.application.ports import PageRequest, UnitOfWork
from blog.application.use_cases import ResolveUser
from blog.domain.entities import User
from blog.entrypoints.http.container import Container

MAX_PAGE_SIZE = 100
DEFAULT_PAGE_SIZE = 20

oauth2_scheme = OAuth2PasswordBearer(tokenUrl="/auth/token")


def get_container(request: Request) -> Container:
    container: Container = request.app.state.container
    return container


ContainerDep = Annotated[Container, Depends(get_container)]


async def get_uow(container: ContainerDep) -> AsyncIterator[UnitOfWork]:
    async with container.unit_of_work() as uow:
        yield uow


UowDep = Annotated[UnitOfWork, Depends(get_uow)]


async def current_user(token: Annotated[str, Depends(oauth2_scheme)], uow: UowDep, container: ContainerDep) -> User:
    user = await ResolveUser(uow, container.tokens)(token)
    if user is None:
        raise HTTPException(
            status.HTTP_401_UNAUTHORIZED, "Invalid or expired token", headers={"WWW-Authenticate": "Bearer"}
        )
    return user


CurrentUser = Annotated[User, Depends(current_user)]


def page_request(
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE_SIZE, description="Page size")] = DEFAULT_PAGE_SIZE,
    offset: Annotated[int, Query(ge=0, le=2**62, description="Items to skip")] = 0,
) -> PageRequest:
    return PageRequest(limit=limit, offset=offset)


PageDep = Annotated[PageRequest, Depends(page_request)]
