from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, Any

from fastapi import Depends, HTTPException, Request, status
from fastapi.security import OAuth2PasswordBearer

from ..config import Settings
from ..repository import Repository, UserRecord
from ..schemas import ErrorResponse
from ..security import PasswordService, TokenService


@dataclass(frozen=True, slots=True)
class Services:
    settings: Settings
    repository: Repository
    passwords: PasswordService
    tokens: TokenService


async def get_services(request: Request) -> Services:
    services: Services = request.app.state.services
    return services


ServicesDep = Annotated[Services, Depends(get_services)]

bearer_scheme = OAuth2PasswordBearer(tokenUrl="/auth/token", auto_error=False)

UNAUTHORIZED: dict[int | str, dict[str, Any]] = {
    status.HTTP_401_UNAUTHORIZED: {
        "model": ErrorResponse,
        "description": "Missing, malformed or expired bearer token",
    }
}


def unauthorized(detail: str) -> HTTPException:
    return HTTPException(
        status_code=status.HTTP_401_UNAUTHORIZED,
        detail=detail,
        headers={"WWW-Authenticate": "Bearer"},
    )


async def current_user(
    services: ServicesDep, token: Annotated[str | None, Depends(bearer_scheme)]
) -> UserRecord:
    if not token:
        raise unauthorized("Not authenticated")
    user_id = services.tokens.subject(token)
    if user_id is None:
        raise unauthorized("Invalid or expired token")
    user = await services.repository.get_user(user_id)
    if user is None:
        raise unauthorized("Invalid or expired token")
    return user


CurrentUser = Annotated[UserRecord, Depends(current_user)]
