"""Entry point. Run with ``uvicorn todo_api.main:app --app-dir src`` (or ``poetry run start``)."""
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import uvicorn
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

from . import __version__
from .config import get_properties
from .controllers import auth_router, todo_router
from .database import initialize_schema
from .exceptions import BadCredentialsException, TodoApiException


@asynccontextmanager
async def lifespan(_: FastAPI) -> AsyncIterator[None]:
    await initialize_schema(get_properties().database_path)
    yield


app = FastAPI(
    title="Todo API",
    version=__version__,
    description="Personal todo lists with JWT authentication.",
    lifespan=lifespan,
)
app.include_router(auth_router)
app.include_router(todo_router)


@app.exception_handler(TodoApiException)
async def handle_api_exception(_: Request, exc: TodoApiException) -> JSONResponse:
    headers = {"WWW-Authenticate": "Bearer"} if isinstance(exc, BadCredentialsException) else None
    return JSONResponse(status_code=exc.status_code, content={"detail": exc.message}, headers=headers)


def start() -> None:
    uvicorn.run("todo_api.main:app", host="127.0.0.1", port=8000)
