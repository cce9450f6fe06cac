"""Error types and the JSON shape every error response uses.

Every non-2xx response from this service has the same body:

    {"error": {"code": "not_found", "message": "todo not found"}}

Validation errors additionally carry "details".
"""
from typing import Any

from fastapi import Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel
from starlette.exceptions import HTTPException as StarletteHTTPException


class ErrorBody(BaseModel):
    code: str
    message: str
    details: list[dict[str, Any]] | None = None


class ErrorResponse(BaseModel):
    error: ErrorBody


class APIError(Exception):
    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message


def not_found(what: str) -> APIError:
    return APIError(404, "not_found", f"{what} not found")


def unauthorized(message: str) -> APIError:
    return APIError(401, "unauthorized", message)


def conflict(message: str) -> APIError:
    return APIError(409, "conflict", message)


def invalid(message: str) -> APIError:
    return APIError(422, "validation_failed", message)


def _json(status: int, body: ErrorResponse, headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse(status_code=status, content=body.model_dump(exclude_none=True), headers=headers)


async def handle_api_error(_: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, APIError)
    headers = {"WWW-Authenticate": "Bearer"} if exc.status == 401 else None
    return _json(exc.status, ErrorResponse(error=ErrorBody(code=exc.code, message=exc.message)), headers)


async def handle_validation_error(_: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    details = [
        {"loc": [str(part) for part in e.get("loc", ())], "msg": e.get("msg", ""), "type": e.get("type", "")}
        for e in exc.errors()
    ]
    body = ErrorResponse(
        error=ErrorBody(code="validation_failed", message="request validation failed", details=details)
    )
    return _json(422, body)


async def handle_http_error(_: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    code = {
        401: "unauthorized",
        403: "forbidden",
        404: "not_found",
        405: "method_not_allowed",
    }.get(exc.status_code, "http_error")
    body = ErrorResponse(error=ErrorBody(code=code, message=str(exc.detail)))
    return _json(exc.status_code, body, dict(exc.headers) if exc.headers else None)


# Used in route declarations so /docs shows the error shape.
ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    401: {"model": ErrorResponse, "description": "Missing, malformed or expired token"},
    404: {"model": ErrorResponse, "description": "Todo does not exist or belongs to someone else"},
    422: {"model": ErrorResponse, "description": "Request body or query failed validation"},
}
