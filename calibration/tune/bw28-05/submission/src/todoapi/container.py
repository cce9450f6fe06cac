from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from todoapi.config import Settings
from todoapi.data.database import build_engine, build_session_factory
from todoapi.domain.security import PasswordHasher, TokenService


@dataclass(frozen=True, slots=True)
class AppContainer:
    """Hand-rolled dependency container (what Hilt/Koin would give me on Android).

    One instance lives on app.state; FastAPI dependencies read from it, and tests
    simply build their own with a throwaway database.
    """

    settings: Settings
    engine: AsyncEngine
    session_factory: async_sessionmaker[AsyncSession]
    hasher: PasswordHasher
    tokens: TokenService

    @classmethod
    def from_settings(cls, settings: Settings) -> "AppContainer":
        engine = build_engine(settings.database_url)
        return cls(
            settings=settings,
            engine=engine,
            session_factory=build_session_factory(engine),
            hasher=PasswordHasher(settings.bcrypt_rounds),
            tokens=TokenService(
                secret=settings.jwt_secret,
                algorithm=settings.jwt_algorithm,
                ttl=timedelta(minutes=settings.access_token_ttl_minutes),
            ),
        )
