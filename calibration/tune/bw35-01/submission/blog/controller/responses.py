from typing import Any

from blog.exception.handlers import ErrorResponse

UNAUTHORIZED: dict[int | str, dict[str, Any]] = {401: {"model": ErrorResponse, "description": "Missing or invalid token"}}
FORBIDDEN: dict[int | str, dict[str, Any]] = {403: {"model": ErrorResponse, "description": "Not the author"}}
NOT_FOUND: dict[int | str, dict[str, Any]] = {404: {"model": ErrorResponse, "description": "Resource not found"}}
CONFLICT: dict[int | str, dict[str, Any]] = {409: {"model": ErrorResponse, "description": "Username already taken"}}
