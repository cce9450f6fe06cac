from collections.abc import Iterator

from sqlmodel import Session, SQLModel, create_engine

from blog import settings

_connect_args = {"check_same_thread": False} if settings.DATABASE_URL.startswith("sqlite") else {}
engine = create_engine(settings.DATABASE_URL, echo=settings.DEBUG, connect_args=_connect_args)


def migrate() -> None:
    """Poor man's `manage.py migrate`: create tables that don't exist yet."""
    SQLModel.metadata.create_all(engine)


def get_session() -> Iterator[Session]:
    with Session(engine) as session:
        yield session
