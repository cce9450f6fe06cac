from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

from app.exception.exceptions import BadCredentialsException, BlogException


def register_exception_handlers(app: FastAPI) -> None:
    """Plays the role of a @ControllerAdvice."""

    @app.exception_handler(BlogException)
    def handle_blog_exception(request: Request, exc: BlogException) -> JSONResponse:
        headers = None
        if isinstance(exc, BadCredentialsException):
            headers = {"WWW-Authenticate": "Bearer"}
        return JSONResponse(
            status_code=exc.status_code,
            content={"detail": exc.message},
            headers=headers,
        )
