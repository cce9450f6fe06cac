from collections.abc import Generator

from sqlalchemy import create_engine
from sqlalchemy.orm import DeclarativeBase, Session, sessionmaker

from blog.config.settings import get_properties


class BaseEntity(DeclarativeBase):
    pass


_properties = get_properties()
_connect_args = {"check_same_thread": False} if _properties.database_url.startswith("sqlite") else {}

engine = create_engine(_properties.database_url, connect_args=_connect_args)
SessionFactory = sessionmaker(bind=engine, autoflush=False, expire_on_commit=False)


def get_session() -> Generator[Session, None, None]:
    session = SessionFactory()
    try:
        yield session
    finally:
        session.close()
