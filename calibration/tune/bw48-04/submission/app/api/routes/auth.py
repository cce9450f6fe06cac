from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, status
from fastapi.security import OAuth2PasswordRequestForm
from sqlalchemy.exc import IntegrityError

from app.api.deps import CurrentUser, SessionDep
from app.core.security import create_access_token
from app.crud import user as crud_user
from app.schemas.common import Message
from app.schemas.user import Token, UserCreate, UserMe, UserPublic

router = APIRouter(prefix="/auth", tags=["auth"])


@router.post(
    "/signup",
    response_model=UserPublic,
    status_code=status.HTTP_201_CREATED,
    responses={409: {"model": Message, "description": "Username already taken"}},
)
def signup(user_in: UserCreate, db: SessionDep) -> UserPublic:
    """Create a new account. The password is hashed before it is stored."""
    if crud_user.get_user_by_username(db, user_in.username) is not None:
        raise HTTPException(status_code=409, detail="Username already taken")
    try:
        user = crud_user.create_user(db, user_in)
    except IntegrityError:
        # Two sign-ups with the same name at the same moment: the UNIQUE
        # constraint catches the second one.
        db.rollback()
        raise HTTPException(status_code=409, detail="Username already taken")
    return UserPublic.model_validate(user)


@router.post(
    "/token",
    response_model=Token,
    responses={401: {"model": Message, "description": "Wrong username or password"}},
)
def login(form_data: Annotated[OAuth2PasswordRequestForm, Depends()], db: SessionDep) -> Token:
    """
    OAuth2 password flow: send `username` and `password` as form fields,
    get back a bearer token. This is what the Swagger "Authorize" button uses.
    """
    user = crud_user.authenticate(db, form_data.username, form_data.password)
    if user is None:
        raise HTTPException(
            status_code=status.HTTP_401_UNAUTHORIZED,
            detail="Incorrect username or password",
            headers={"WWW-Authenticate": "Bearer"},
        )
    return Token(access_token=create_access_token(user.id))


@router.get("/me", response_model=UserMe, responses={401: {"model": Message}})
def read_me(current_user: CurrentUser) -> UserMe:
    """Return the account that owns the token."""
    return UserMe.model_validate(current_user)
