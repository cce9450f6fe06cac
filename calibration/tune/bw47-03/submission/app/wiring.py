"""Composition root for request-scoped dependencies.

This is the only module that knows which adapter implements which port.
"""
from collections.abc import AsyncIterator
from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import OAuth2PasswordBearer
from sqlalchemy.ext.asyncio import AsyncSession

from app.platform.config import Settings
from app.platform.events import EventBus
from app.services.identity.client import InProcessIdentityClient
from app.services.identity.domain import Principal
from app.services.identity.repository import SqlUserRepository
from app.services.identity.service import IdentityService
from app.services.identity.tokens import TokenIssuer
from app.services.todos.repository import SqlTodoRepository
from app.services.todos.service import TodoService

oauth2_scheme = OAuth2PasswordBearer(tokenUrl="/api/v1/identity/token")


def get_settings(request: Request) -> Settings:
    return request.app.state.settings


def get_bus(request: Request) -> EventBus:
    return request.app.state.bus


async def get_session(request: Request) -> AsyncIterator[AsyncSession]:
    async with request.app.state.db.sessionmaker() as session:
        yield session


Session = Annotated[AsyncSession, Depends(get_session)]
Bus = Annotated[EventBus, Depends(get_bus)]


def identity_service(
    session: Session, bus: Bus, settings: Annotated[Settings, Depends(get_settings)]
) -> IdentityService:
    tokens = TokenIssuer(settings.jwt_secret.get_secret_value(), settings.jwt_ttl)
    return IdentityService(SqlUserRepository(session), tokens, bus)


def todo_service(
    session: Session, bus: Bus, identity: Annotated[IdentityService, Depends(identity_service)]
) -> TodoService:
    return TodoService(SqlTodoRepository(session), InProcessIdentityClient(identity), bus)


async def current_principal(
    token: Annotated[str, Depends(oauth2_scheme)],
    identity: Annotated[IdentityService, Depends(identity_service)],
) -> Principal:
    return await identity.resolve(token)
