from fastapi import FastAPI
from sqlalchemy.orm import sessionmaker

from todo_api.config import Settings, get_settings
from todo_api.database import Base, build_engine
from todo_api.routers import auth, todos


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or get_settings()

    engine = build_engine(settings.database_url)
    Base.metadata.create_all(engine)

    app = FastAPI(
        title="Todo API",
        version="0.1.0",
        description=(
            "Personal todo lists. Sign up, get a token from `POST /auth/token` "
            "(OAuth2 password flow) and send it as `Authorization: Bearer <token>`."
        ),
    )
    app.state.settings = settings
    app.state.session_factory = sessionmaker(bind=engine, expire_on_commit=False)

    app.include_router(auth.router)
    app.include_router(todos.router)
    return app
