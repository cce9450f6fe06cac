from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

from todo_api.application.exceptions import ApplicationException, UnauthorizedException


async def handle_application_exception(_: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, ApplicationException)
    headers = {"WWW-Authenticate": "Bearer"} if isinstance(exc, UnauthorizedException) else None
    return JSONResponse(
        status_code=exc.status_code,
        content={"detail": exc.message},
        headers=headers,
    )


def register_exception_handlers(app: FastAPI) -> None:
    app.add_exception_handler(ApplicationException, handle_application_exception)
