"""Database 'extension', initialised per application like Flask-SQLAlchemy's init_app()."""
from collections.abc import Iterator

from fastapi import FastAPI, Request
from sqlalchemy import Engine, create_engine
from sqlalchemy.orm import DeclarativeBase, Session, sessionmaker
from sqlalchemy.pool import StaticPool


class Model(DeclarativeBase):
    pass


class Database:
    def __init__(self) -> None:
        self.engine: Engine | None = None
        self.session_factory: sessionmaker[Session] | None = None

    def init_app(self, app: FastAPI, uri: str, echo: bool = False) -> None:
        kwargs: dict = {"echo": echo}
        if uri.startswith("sqlite"):
            kwargs["connect_args"] = {"check_same_thread": False}
            if uri in ("sqlite://", "sqlite:///:memory:"):
                kwargs["poolclass"] = StaticPool
        self.engine = create_engine(uri, **kwargs)
        self.session_factory = sessionmaker(bind=self.engine, expire_on_commit=False)
        app.state.db = self

    def create_all(self) -> None:
        assert self.engine is not None, "call init_app() first"
        Model.metadata.create_all(self.engine)


def get_session(request: Request) -> Iterator[Session]:
    """Request-scoped session, the equivalent of Flask-SQLAlchemy's db.session."""
    db: Database = request.app.state.db
    assert db.session_factory is not None
    session = db.session_factory()
    try:
        yield session
    finally:
        session.close()
