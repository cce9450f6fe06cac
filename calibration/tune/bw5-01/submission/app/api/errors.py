"""Translate domain errors into HTTP responses in one place."""

from fastapi import FastAPI, Request, status
from fastapi.responses import JSONResponse

from app.services.errors import InvalidCredentialsError, TodoNotFoundError, UsernameTakenError


def register_exception_handlers(app: FastAPI) -> None:
    @app.exception_handler(UsernameTakenError)
    async def _username_taken(_: Request, __: UsernameTakenError) -> JSONResponse:
        return JSONResponse(
            status_code=status.HTTP_409_CONFLICT, content={"detail": "Username already taken"}
        )

    @app.exception_handler(InvalidCredentialsError)
    async def _bad_credentials(_: Request, __: InvalidCredentialsError) -> JSONResponse:
        return JSONResponse(
            status_code=status.HTTP_401_UNAUTHORIZED,
            content={"detail": "Incorrect username or password"},
            headers={"WWW-Authenticate": "Bearer"},
        )

    @app.exception_handler(TodoNotFoundError)
    async def _todo_not_found(_: Request, __: TodoNotFoundError) -> JSONResponse:
        return JSONResponse(
            status_code=status.HTTP_404_NOT_FOUND, content={"detail": "Todo not found"}
        )
