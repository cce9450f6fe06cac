"""Shared OpenAPI response declarations, so every route documents its error cases."""

from typing import Any

from inkwell.schemas import Problem

_DESCRIPTIONS = {
    401: "Missing, invalid or expired credentials",
    403: "Authenticated, but not allowed to touch this resource",
    404: "The resource does not exist",
    409: "Conflicts with an existing resource",
}


def errors(*codes: int) -> dict[int | str, dict[str, Any]]:
    return {code: {"model": Problem, "description": _DESCRIPTIONS[code]} for code in codes}
