from fastapi import APIRouter, Depends, status
from fastapi.security import OAuth2PasswordRequestForm
from sqlalchemy.orm import Session

from app.db import get_db
from app.models import User
from app.schemas import Message, Token, UserCreate, UserOut
from app.security import get_current_user
from app.services.auth_service import AuthService

router = APIRouter(prefix="/auth", tags=["Auth"])


@router.post(
    "/register",
    response_model=UserOut,
    status_code=status.HTTP_201_CREATED,
    summary="Create an account",
    responses={409: {"model": Message}},
)
def register(data: UserCreate, db: Session = Depends(get_db)) -> User:
    return AuthService(db).register(data)


@router.post(
    "/login",
    response_model=Token,
    summary="Get a bearer token (OAuth2 password flow)",
    responses={401: {"model": Message}},
)
def login(form: OAuth2PasswordRequestForm = Depends(), db: Session = Depends(get_db)) -> Token:
    return AuthService(db).login(form.username, form.password)


@router.get("/me", response_model=UserOut, summary="Current user")
def me(user: User = Depends(get_current_user)) -> User:
    return user
