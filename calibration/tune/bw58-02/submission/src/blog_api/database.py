from collections.abc import Generator

from sqlalchemy import create_engine
from sqlalchemy.orm import DeclarativeBase, Session, sessionmaker

from blog_api.config import get_properties

properties = get_properties()

engine = create_engine(
    properties.database_url,
    connect_args={"check_same_thread": False} if properties.database_url.startswith("sqlite") else {},
)

SessionFactory = sessionmaker(bind=engine, autoflush=False, expire_on_commit=False)


class BaseEntity(DeclarativeBase):
    pass


def get_session() -> Generator[Session, None, None]:
    session = SessionFactory()
    try:
        yield session
    finally:
        session.close()
