from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, status
from fastapi.security import OAuth2PasswordRequestForm

from app.controllers.application_controller import DB, issue_token
from app.models import User
from app.serializers import TokenSerializer

router = APIRouter(prefix="/session", tags=["session"])


@router.post(
    "",
    response_model=TokenSerializer,
    summary="Log in (OAuth2 password flow)",
    responses={401: {"description": "Wrong username or password"}},
)
def create(form: Annotated[OAuth2PasswordRequestForm, Depends()], db: DB) -> TokenSerializer:
    user = User.find_by(db, username=form.username.strip().lower())
    if user is None or not user.authenticate(form.password):
        raise HTTPException(
            status_code=status.HTTP_401_UNAUTHORIZED,
            detail="Invalid username or password",
            headers={"WWW-Authenticate": "Bearer"},
        )
    return TokenSerializer(access_token=issue_token(user))
