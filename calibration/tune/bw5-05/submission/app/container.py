"""Composition root: the only place that knows concrete implementations."""

from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from app.adapters.orm import create_engine, create_session_factory
from app.core.hashing import PasswordHasher, Pbkdf2PasswordHasher
from app.core.settings import Settings
from app.core.tokens import JwtTokenIssuer, TokenIssuer


@dataclass
class Container:
    settings: Settings
    engine: AsyncEngine
    session_factory: async_sessionmaker[AsyncSession]
    hasher: PasswordHasher
    tokens: TokenIssuer

    @classmethod
    def build(cls, settings: Settings) -> "Container":
        engine = create_engine(settings.database_url)
        return cls(
            settings=settings,
            engine=engine,
            session_factory=create_session_factory(engine),
            hasher=Pbkdf2PasswordHasher(settings.pbkdf2_iterations),
            tokens=JwtTokenIssuer(
                settings.jwt_secret,
                settings.jwt_algorithm,
                timedelta(minutes=settings.jwt_ttl_minutes),
            ),
        )
