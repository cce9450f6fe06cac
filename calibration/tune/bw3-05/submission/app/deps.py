from typing import Annotated

from fastapi import Depends, HTTPException, Request, status
from fastapi.security import OAuth2PasswordBearer

from app.store import Store

oauth2_scheme = OAuth2PasswordBearer(tokenUrl="/auth/token")


def get_store(request: Request) -> Store:
    return request.app.state.store


async def current_user_id(
    token: Annotated[str, Depends(oauth2_scheme)],
    store: Annotated[Store, Depends(get_store)],
) -> int:
    user_id = store.user_for_token(token)
    if user_id is None:
        raise HTTPException(
            status_code=status.HTTP_401_UNAUTHORIZED,
            detail="Invalid or expired token",
            headers={"WWW-Authenticate": "Bearer"},
        )
    return user_id


StoreDep = Annotated[Store, Depends(get_store)]
UserId = Annotated[int, Depends(current_user_id)]
