from __future__ import annotations


class ApplicationException(Exception):
    """Base type for errors the web layer translates into HTTP responses."""

    status_code: int = 400

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class NotFoundException(ApplicationException):
    status_code = 404


class ConflictException(ApplicationException):
    status_code = 409


class UnauthorizedException(ApplicationException):
    status_code = 401
