"""Database engine and session handling (SQLAlchemy, synchronous)."""
from typing import Generator

from sqlalchemy import create_engine
from sqlalchemy.orm import Session, declarative_base, sessionmaker
from sqlalchemy.pool import StaticPool

from blog.config import DATABASE_URL

connect_args = {}
engine_kwargs = {}
if DATABASE_URL.startswith("sqlite"):
    # SQLite connections may be used from FastAPI's worker threads
    connect_args["check_same_thread"] = False
    if DATABASE_URL in ("sqlite://", "sqlite:///:memory:"):
        engine_kwargs["poolclass"] = StaticPool

engine = create_engine(DATABASE_URL, connect_args=connect_args, **engine_kwargs)
SessionLocal = sessionmaker(bind=engine, autocommit=False, autoflush=False)

Base = declarative_base()


def get_db() -> Generator[Session, None, None]:
    """Yield a database session and make sure it is closed afterwards."""
    db = SessionLocal()
    try:
        yield db
    finally:
        db.close()
