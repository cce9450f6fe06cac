from contextlib import asynccontextmanager
from typing import AsyncIterator

from fastapi import FastAPI

from app.api import auth, todos
from app.config import AppConfig
from app.data.database import Database
from app.data.repository import TodoRepository, UserRepository
from app.security import PasswordHasher, TokenService


def createApp(config: AppConfig | None = None) -> FastAPI:
    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        cfg = config or AppConfig.fromEnvironment()
        database = Database(cfg.databasePath)
        database.migrate()
        app.state.userRepository = UserRepository(database)
        app.state.todoRepository = TodoRepository(database)
        app.state.tokenService = TokenService(cfg)
        app.state.passwordHasher = PasswordHasher()
        yield
        database.close()

    app = FastAPI(
        title="Todo API",
        version="1.0.0",
        description="Personal todo lists. Auth: OAuth2 password flow, bearer JWT.",
        lifespan=lifespan,
    )
    app.include_router(auth.router)
    app.include_router(todos.router)
    return app


app = createApp()
