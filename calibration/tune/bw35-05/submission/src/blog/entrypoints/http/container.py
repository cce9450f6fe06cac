"""Composition root: the only place that knows which adapter backs which port."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy.ext.asyncio import AsyncEngine, create_async_engine

from blog.adapters.persistence.sqlalchemy import SqlUnitOfWork
from blog.adapters.persistence.tables import metadata
from blog.adapters.security import BcryptPasswordHasher, JwtTokenService, SystemClock
from blog.application.ports import Clock, PasswordHasher, TokenService, UnitOfWork
from blog.config import Settings


@dataclass
class Container:
    engine: AsyncEngine
    hasher: PasswordHasher
    tokens: TokenService
    clock: Clock

    @classmethod
    def from_settings(cls, settings: Settings) -> Container:
        return cls(
            engine=create_async_engine(settings.database_url),
            hasher=BcryptPasswordHasher(rounds=settings.bcrypt_rounds),
            tokens=JwtTokenService(
                secret=settings.jwt_secret.get_secret_value(),
                ttl=timedelta(minutes=settings.jwt_ttl_minutes),
            ),
            clock=SystemClock(),
        )

    @asynccontextmanager
    async def unit_of_work(self) -> AsyncIterator[UnitOfWork]:
        async with self.engine.connect() as conn:
            yield SqlUnitOfWork(conn)

    async def create_schema(self) -> None:
        async with self.engine.begin() as conn:
            await conn.run_sync(metadata.create_all)

    async def dispose(self) -> None:
        await self.engine.dispose()
