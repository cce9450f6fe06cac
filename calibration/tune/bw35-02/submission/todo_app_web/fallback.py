"""FallbackController: turns {:ok, _} / {:error, _} tuples into HTTP responses."""

from typing import Any

from fastapi import Response
from fastapi.responses import JSONResponse

from todo_app.changeset import Changeset


def render(result: tuple[str, Any], status: int = 200) -> Response:
    match result:
        case ("ok", None):
            return Response(status_code=204)
        case ("ok", data):
            return JSONResponse({"data": data}, status_code=status)
        case ("error", "not_found"):
            return JSONResponse({"errors": {"detail": "Not Found"}}, status_code=404)
        case ("error", "unauthorized"):
            return JSONResponse(
                {"errors": {"detail": "Unauthorized"}},
                status_code=401,
                headers={"WWW-Authenticate": "Bearer"},
            )
        case ("error", Changeset(errors=errors)) | ("error", dict() as errors):
            return JSONResponse({"errors": errors}, status_code=422)
        case _:
            return JSONResponse({"errors": {"detail": "Internal Server Error"}}, status_code=500)
