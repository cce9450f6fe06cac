from fastapi import FastAPI

from .api import router
from .config import Settings, get_settings
from .db import Base, make_engine, make_sessionmaker


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or get_settings()
    engine = make_engine(settings.database_url)
    Base.metadata.create_all(engine)

    app = FastAPI(title="Todo API", version="0.1.0",
                  description="Per-user todo lists behind OAuth2 password flow + bearer JWT.")
    app.state.sessionmaker = make_sessionmaker(engine)
    app.dependency_overrides[get_settings] = lambda: settings
    app.include_router(router)
    return app


def __getattr__(name: str) -> FastAPI:
    # `uvicorn todo_api.main:app` builds the app lazily, so importing this module
    # (e.g. from tests) does not require TODO_SECRET_KEY to be set.
    if name == "app":
        return create_app()
    raise AttributeError(name)
