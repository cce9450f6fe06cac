"""
Database setup.

We use SQLAlchemy 2.0 in *synchronous* mode. That is why our route functions
are plain `def` and not `async def`: FastAPI runs `def` endpoints in a thread
pool, so a blocking database call never freezes the event loop.
"""
from collections.abc import Generator

from sqlalchemy import create_engine
from sqlalchemy.orm import DeclarativeBase, Session, sessionmaker

from app.core.config import get_settings

settings = get_settings()

# SQLite needs check_same_thread=False because FastAPI may use the connection
# from a different thread than the one that created it.
connect_args = {"check_same_thread": False} if settings.database_url.startswith("sqlite") else {}

engine = create_engine(settings.database_url, connect_args=connect_args)

# A "session factory": every request gets its own Session from it.
SessionLocal = sessionmaker(bind=engine, autoflush=False)


class Base(DeclarativeBase):
    """All our ORM models inherit from this class."""


def get_db() -> Generator[Session, None, None]:
    """
    FastAPI dependency that opens a session for one request
    and always closes it afterwards (even if an error happens).
    """
    db = SessionLocal()
    try:
        yield db
    finally:
        db.close()
