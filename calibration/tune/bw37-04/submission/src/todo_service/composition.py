"""Composition root: the only place that knows which implementation backs which port."""

from sqlalchemy.orm import Session

from .application.services import AuthService, TodoService
from .container import Container, Lifetime, Resolver
from .domain.ports import Clock, PasswordHasher, TokenService, UnitOfWork
from .infrastructure.db import Database
from .infrastructure.repositories import SqlUnitOfWork
from .infrastructure.security import Argon2PasswordHasher, JwtTokenService, SystemClock
from .settings import Settings


def _database(r: Resolver) -> Database:
    settings = r.resolve(Settings)
    database = Database(settings.database_url, echo=settings.sql_echo)
    r.on_close(database.dispose)
    return database


def _session(r: Resolver) -> Session:
    session = r.resolve(Database).session()
    r.on_close(session.close)
    return session


def _tokens(r: Resolver) -> TokenService:
    settings = r.resolve(Settings)
    return JwtTokenService(
        secret=settings.jwt_secret,
        ttl=settings.token_ttl,
        issuer=settings.jwt_issuer,
        clock=SystemClock(),
    )


def build_container(settings: Settings) -> Container:
    c = Container()
    c.instance(Settings, settings)

    # infrastructure
    c.register(Database, _database, Lifetime.SINGLETON)
    c.register(Session, _session, Lifetime.SCOPED)
    c.register(Clock, lambda _: SystemClock(), Lifetime.SINGLETON)  # type: ignore[type-abstract]
    c.register(PasswordHasher, lambda _: Argon2PasswordHasher(), Lifetime.SINGLETON)  # type: ignore[type-abstract]
    c.register(TokenService, _tokens, Lifetime.SINGLETON)  # type: ignore[type-abstract]
    c.register(UnitOfWork, lambda r: SqlUnitOfWork(r.resolve(Session)), Lifetime.SCOPED)  # type: ignore[type-abstract]

    # application
    c.register(
        AuthService,
        lambda r: AuthService(
            uow=r.resolve(UnitOfWork),  # type: ignore[type-abstract]
            hasher=r.resolve(PasswordHasher),  # type: ignore[type-abstract]
            tokens=r.resolve(TokenService),  # type: ignore[type-abstract]
            clock=r.resolve(Clock),  # type: ignore[type-abstract]
        ),
        Lifetime.SCOPED,
    )
    c.register(
        TodoService,
        lambda r: TodoService(uow=r.resolve(UnitOfWork), clock=r.resolve(Clock)),  # type: ignore[type-abstract]
        Lifetime.SCOPED,
    )
    return c
