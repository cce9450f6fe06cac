from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, HTTPException, Request, status
from fastapi.security import OAuth2PasswordBearer

from todo_api.security import PasswordService, TokenService
from todo_api.store import Store, UserRecord


@dataclass(frozen=True, slots=True)
class AppState:
    store: Store
    passwords: PasswordService
    tokens: TokenService


oauth2_scheme = OAuth2PasswordBearer(tokenUrl="/auth/token")


def get_state(request: Request) -> AppState:
    state = request.app.state.core
    assert isinstance(state, AppState)
    return state


StateDep = Annotated[AppState, Depends(get_state)]
BearerToken = Annotated[str, Depends(oauth2_scheme)]


async def current_user(state: StateDep, token: BearerToken) -> UserRecord:
    user_id = state.tokens.subject(token)
    user = await state.store.user_by_id(user_id) if user_id is not None else None
    if user is None:
        raise HTTPException(
            status_code=status.HTTP_401_UNAUTHORIZED,
            detail="invalid or expired token",
            headers={"WWW-Authenticate": "Bearer"},
        )
    return user


CurrentUser = Annotated[UserRecord, Depends(current_user)]
