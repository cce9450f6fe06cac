"""Shared dependencies: the FastAPI take on Flask's current_app, g.user and @login_required."""
from typing import Annotated, TypeVar

import jwt
from fastapi import Depends, HTTPException, Query, Request, status
from fastapi.security import OAuth2PasswordBearer
from sqlalchemy.orm import Session

from blog.config import Config
from blog.extensions import Model, get_session
from blog.models import User

T = TypeVar("T", bound=Model)

oauth2_scheme = OAuth2PasswordBearer(tokenUrl="/auth/login")

DbSession = Annotated[Session, Depends(get_session)]


def get_config(request: Request) -> Config:
    return request.app.state.config


AppConfig = Annotated[Config, Depends(get_config)]


def abort(code: int, detail: str | None = None) -> None:
    raise HTTPException(status_code=code, detail=detail)


def get_or_404(session: Session, model: type[T], ident: int) -> T:
    obj = session.get(model, ident)
    if obj is None:
        abort(404, f"{model.__name__} {ident} not found")
    return obj  # type: ignore[return-value]


def current_user(
    token: Annotated[str, Depends(oauth2_scheme)], session: DbSession, config: AppConfig
) -> User:
    unauthorized = HTTPException(
        status_code=status.HTTP_401_UNAUTHORIZED,
        detail="Invalid or expired token",
        headers={"WWW-Authenticate": "Bearer"},
    )
    try:
        payload = jwt.decode(token, config.SECRET_KEY, algorithms=[config.JWT_ALGORITHM])
        user_id = int(payload["sub"])
    except (jwt.PyJWTError, KeyError, ValueError):
        raise unauthorized from None
    user = session.get(User, user_id)
    if user is None:
        raise unauthorized
    return user


CurrentUser = Annotated[User, Depends(current_user)]


class Page:
    def __init__(
        self,
        limit: Annotated[int, Query(ge=1, le=Config.MAX_PER_PAGE)] = Config.PER_PAGE,
        offset: Annotated[int, Query(ge=0)] = 0,
    ) -> None:
        self.limit = limit
        self.offset = offset


Pagination = Annotated[Page, Depends()]
