from typing import Annotated

from fastapi import Depends, HTTPException, Query, status
from fastapi.security import OAuth2PasswordBearer

from blog.db import DB
from blog.schemas import UserOut
from blog.security import decode_access_token
from blog.services import users as users_service

oauth2_scheme = OAuth2PasswordBearer(tokenUrl="/auth/login")


def _credentials_error() -> HTTPException:
    return HTTPException(
        status_code=status.HTTP_401_UNAUTHORIZED,
        detail="Could not validate credentials",
        headers={"WWW-Authenticate": "Bearer"},
    )


async def get_current_user(token: Annotated[str, Depends(oauth2_scheme)], db: DB) -> UserOut:
    payload = decode_access_token(token)
    if payload is None or "sub" not in payload:
        raise _credentials_error()
    user = await users_service.get_by_id(db, int(payload["sub"]))
    if user is None:
        raise _credentials_error()
    return UserOut(**user)


CurrentUser = Annotated[UserOut, Depends(get_current_user)]


def pagination(
    limit: Annotated[int, Query(ge=1, le=100, description="Page size (1-100)")] = 20,
    offset: Annotated[int, Query(ge=0, description="Items to skip")] = 0,
) -> dict[str, int]:
    return {"limit": limit, "offset": offset}


Page = Annotated[dict[str, int], Depends(pagination)]
