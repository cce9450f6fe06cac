from typing import Annotated

from fastapi import Depends, HTTPException, status
from fastapi.security import OAuth2PasswordBearer
from sqlmodel.ext.asyncio.session import AsyncSession

from app.domain.models import User
from app.infra.db import get_session
from app.infra.repository import TodoRepository, UserRepository
from app.security import read_token

oauth2 = OAuth2PasswordBearer(tokenUrl="/auth/login")

Session = Annotated[AsyncSession, Depends(get_session)]


async def users_repo(session: Session) -> UserRepository:
    return UserRepository(session)


async def todos_repo(session: Session) -> TodoRepository:
    return TodoRepository(session)


Users = Annotated[UserRepository, Depends(users_repo)]
Todos = Annotated[TodoRepository, Depends(todos_repo)]


async def current_user(token: Annotated[str, Depends(oauth2)], users: Users) -> User:
    user_id = read_token(token)
    user = await users.get(user_id) if user_id is not None else None
    if user is None:
        raise HTTPException(
            status.HTTP_401_UNAUTHORIZED,
            "Not authenticated",
            headers={"WWW-Authenticate": "Bearer"},
        )
    return user


CurrentUser = Annotated[User, Depends(current_user)]
