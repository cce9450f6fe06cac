"""DataSource and session factory configuration."""
from collections.abc import Generator

from sqlalchemy import create_engine
from sqlalchemy.orm import DeclarativeBase, Session, sessionmaker

from app.config.settings import get_application_properties


class BaseEntity(DeclarativeBase):
    """Base class for all persistent entities."""


_properties = get_application_properties()
_connect_args: dict[str, object] = (
    {"check_same_thread": False} if _properties.datasource_url.startswith("sqlite") else {}
)

engine = create_engine(_properties.datasource_url, connect_args=_connect_args, pool_pre_ping=True)
SessionFactory = sessionmaker(bind=engine, autoflush=False, expire_on_commit=False)


def get_session() -> Generator[Session, None, None]:
    """Provides one session per request (request-scoped bean)."""
    session = SessionFactory()
    try:
        yield session
    finally:
        session.close()
