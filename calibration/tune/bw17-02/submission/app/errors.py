"""Every error leaves the API in the same shape:

    {"error": {"code": "not_found", "message": "Post not found", "details": null}}

so a client can decode one error type for every endpoint.
"""
from fastapi import FastAPI, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

CODES = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    409: "conflict",
    422: "validation_error",
}


def _error(status_code: int, message: str, details: list | None = None,
           headers: dict[str, str] | None = None) -> JSONResponse:
    body = {
        "error": {
            "code": CODES.get(status_code, "error"),
            "message": message,
            "details": details,
        }
    }
    return JSONResponse(status_code=status_code, content=jsonable_encoder(body), headers=headers)


async def http_error_handler(request: Request, exc: StarletteHTTPException) -> JSONResponse:
    return _error(exc.status_code, str(exc.detail), headers=getattr(exc, "headers", None))


async def validation_error_handler(request: Request, exc: RequestValidationError) -> JSONResponse:
    details = [
        {"field": ".".join(str(p) for p in err["loc"]), "message": err["msg"]}
        for err in exc.errors()
    ]
    return _error(422, "Request validation failed", details)


def register(app: FastAPI) -> None:
    app.add_exception_handler(StarletteHTTPException, http_error_handler)
    app.add_exception_handler(RequestValidationError, validation_error_handler)
