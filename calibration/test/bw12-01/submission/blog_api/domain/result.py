from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import Generic, TypeVar

T = TypeVar("T")


class ErrorKind(Enum):
    NOT_FOUND = "not_found"
    FORBIDDEN = "forbidden"
    CONFLICT = "conflict"
    UNAUTHORIZED = "unauthorized"


@dataclass(frozen=True, slots=True)
class Error:
    kind: ErrorKind
    message: str

    @staticmethod
    def not_found(message: str) -> Error:
        return Error(ErrorKind.NOT_FOUND, message)

    @staticmethod
    def forbidden(message: str) -> Error:
        return Error(ErrorKind.FORBIDDEN, message)

    @staticmethod
    def conflict(message: str) -> Error:
        return Error(ErrorKind.CONFLICT, message)

    @staticmethod
    def unauthorized(message: str) -> Error:
        return Error(ErrorKind.UNAUTHORIZED, message)


class InvalidResultAccess(RuntimeError):
    """Raised when reading the value of a failed result (or the error of a successful one)."""


@dataclass(frozen=True, slots=True)
class Result(Generic[T]):
    """Either a value or an error - services return this instead of raising."""

    _value: T | None = None
    _error: Error | None = None

    @classmethod
    def ok(cls, value: T) -> Result[T]:
        return cls(_value=value)

    @classmethod
    def fail(cls, error: Error) -> Result[T]:
        return cls(_error=error)

    @property
    def is_success(self) -> bool:
        return self._error is None

    @property
    def value(self) -> T:
        if self._error is not None:
            raise InvalidResultAccess(f"Result is a failure: {self._error.message}")
        return self._value  # type: ignore[return-value]

    @property
    def error(self) -> Error:
        if self._error is None:
            raise InvalidResultAccess("Result is a success and has no error")
        return self._error
