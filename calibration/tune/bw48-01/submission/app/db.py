from typing import Generator

from sqlalchemy import create_engine
from sqlalchemy.orm import Session, declarative_base, sessionmaker

from app.config.config import conf

_connect_args = {"check_same_thread": False} if conf.db_dsn.startswith("sqlite") else {}

engine = create_engine(
    conf.db_dsn,
    pool_pre_ping=True,
    pool_recycle=3600,
    echo=conf.debug,
    connect_args=_connect_args,
)
SessionLocal = sessionmaker(bind=engine, autoflush=False, autocommit=False)
Base = declarative_base()


def get_db() -> Generator[Session, None, None]:
    db = SessionLocal()
    try:
        yield db
    finally:
        db.close()
