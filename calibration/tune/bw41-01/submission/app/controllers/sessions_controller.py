from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, status
from fastapi.security import OAuth2PasswordRequestForm

from app.controllers.concerns.authentication import DB, issue_token
from app.models import User
from app.serializers import Token

router = APIRouter(prefix="/session", tags=["session"])


@router.post(
    "",
    response_model=Token,
    summary="Log in (OAuth2 password flow)",
    responses={401: {"description": "Wrong username or password"}},
)
def create(form: Annotated[OAuth2PasswordRequestForm, Depends()], db: DB) -> Token:
    user = User.authenticate_by(db, username=form.username, password=form.password)
    if user is None:
        raise HTTPException(
            status_code=status.HTTP_401_UNAUTHORIZED,
            detail="Invalid username or password",
            headers={"WWW-Authenticate": "Bearer"},
        )
    return Token(access_token=issue_token(user))
