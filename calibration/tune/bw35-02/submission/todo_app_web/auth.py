"""The equivalent of a `:require_authenticated_user` plug."""

from typing import Any

from fastapi import Depends, HTTPException
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from todo_app import accounts

bearer = HTTPBearer(auto_error=False)


async def require_authenticated_user(
    credentials: HTTPAuthorizationCredentials | None = Depends(bearer),
) -> dict[str, Any]:
    match credentials:
        case HTTPAuthorizationCredentials(scheme=scheme, credentials=token) if scheme.lower() == "bearer":
            match await accounts.get_user_by_token(token):
                case ("ok", user):
                    return user
                case _:
                    pass
        case _:
            pass

    raise HTTPException(status_code=401, detail="Unauthorized", headers={"WWW-Authenticate": "Bearer"})
