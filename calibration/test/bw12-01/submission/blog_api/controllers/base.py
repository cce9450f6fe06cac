from typing import Any, TypeVar

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse

from blog_api.contracts.dtos import ProblemDetails
from blog_api.domain.result import Error, ErrorKind, Result

T = TypeVar("T")

_STATUS_BY_KIND: dict[ErrorKind, tuple[int, str]] = {
    ErrorKind.NOT_FOUND: (404, "Not Found"),
    ErrorKind.FORBIDDEN: (403, "Forbidden"),
    ErrorKind.CONFLICT: (409, "Conflict"),
    ErrorKind.UNAUTHORIZED: (401, "Unauthorized"),
}

# Documented on every route that can fail, so /docs shows the error shape.
PROBLEM_RESPONSES: dict[int | str, dict[str, Any]] = {
    status: {"model": ProblemDetails, "description": title}
    for status, title in _STATUS_BY_KIND.values()
}


class ProblemDetailsException(Exception):
    def __init__(self, problem: ProblemDetails, headers: dict[str, str] | None = None) -> None:
        super().__init__(problem.title)
        self.problem = problem
        self.headers = headers

    @classmethod
    def from_error(cls, error: Error) -> "ProblemDetailsException":
        status, title = _STATUS_BY_KIND[error.kind]
        headers = {"WWW-Authenticate": "Bearer"} if status == 401 else None
        return cls(ProblemDetails(title=title, status=status, detail=error.message), headers)


async def problem_details_handler(_: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, ProblemDetailsException)
    return JSONResponse(
        status_code=exc.problem.status,
        content=exc.problem.model_dump(),
        media_type="application/problem+json",
        headers=exc.headers,
    )


class ControllerBase:
    """Owns a router; subclasses register their action methods on it in __init__."""

    router: APIRouter

    @staticmethod
    def unwrap(result: Result[T]) -> T:
        if result.is_success:
            return result.value
        raise ProblemDetailsException.from_error(result.error)
