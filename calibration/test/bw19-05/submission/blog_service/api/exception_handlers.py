from fastapi import FastAPI, Request, status
from fastapi.responses import JSONResponse

from blog_service.domain.exceptions import (
    AuthenticationException,
    DomainException,
    EntityNotFoundException,
    PermissionDeniedException,
    UsernameAlreadyExistsException,
)

_STATUS_BY_EXCEPTION: dict[type[Exception], int] = {
    EntityNotFoundException: status.HTTP_404_NOT_FOUND,
    PermissionDeniedException: status.HTTP_403_FORBIDDEN,
    UsernameAlreadyExistsException: status.HTTP_409_CONFLICT,
    AuthenticationException: status.HTTP_401_UNAUTHORIZED,
}


async def domain_exception_handler(request: Request, exc: Exception) -> JSONResponse:
    status_code = _STATUS_BY_EXCEPTION.get(type(exc), status.HTTP_400_BAD_REQUEST)
    headers = {"WWW-Authenticate": "Bearer"} if status_code == 401 else None
    return JSONResponse(status_code=status_code, content={"detail": str(exc)}, headers=headers)


def register_exception_handlers(app: FastAPI) -> None:
    app.add_exception_handler(DomainException, domain_exception_handler)
