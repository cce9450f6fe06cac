from typing import Annotated

from fastapi import APIRouter, Depends, status
from fastapi.security import OAuth2PasswordRequestForm

from app import services
from app.api.dependencies import HasherDep, TokensDep, UsersDep
from app.api.errors import CONFLICT, UNAUTHORIZED
from app.api.schemas import Token, UserCreate, UserOut

router = APIRouter(prefix="/auth", tags=["auth"])


@router.post("/register", status_code=status.HTTP_201_CREATED, responses=CONFLICT, summary="Register")
def register(body: UserCreate, users: UsersDep, hasher: HasherDep) -> UserOut:
    return UserOut.of(services.register(users, hasher, body.username, body.password))


@router.post("/token", responses=UNAUTHORIZED, summary="Log in (OAuth2 password flow)")
def login(
    form: Annotated[OAuth2PasswordRequestForm, Depends()],
    users: UsersDep,
    hasher: HasherDep,
    tokens: TokensDep,
) -> Token:
    user = services.authenticate(users, hasher, form.username, form.password)
    return Token(access_token=tokens.issue(user.id))
