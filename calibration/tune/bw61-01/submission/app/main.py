from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI, Request, status
from fastapi.responses import JSONResponse

import app.models  # noqa: F401  (register the tables on Base.metadata)
from app.config import get_settings
from app.database import Base, engine
from app.http.controllers import auth_controller, todo_controller
from app.services.todo_service import TodoNotFound


@asynccontextmanager
async def lifespan(_: FastAPI) -> AsyncIterator[None]:
    # No Alembic yet: this is my "php artisan migrate" for the take-home.
    async with engine.begin() as conn:
        await conn.run_sync(Base.metadata.create_all)
    yield
    await engine.dispose()


app = FastAPI(
    title=get_settings().app_name,
    version="1.0.0",
    description="Todo lists per user. Authenticate with OAuth2 password flow + bearer JWT.",
    lifespan=lifespan,
)

app.include_router(auth_controller.router)
app.include_router(todo_controller.router)


@app.exception_handler(TodoNotFound)
async def render_todo_not_found(_: Request, __: TodoNotFound) -> JSONResponse:
    return JSONResponse(status_code=status.HTTP_404_NOT_FOUND, content={"detail": "Todo not found."})
