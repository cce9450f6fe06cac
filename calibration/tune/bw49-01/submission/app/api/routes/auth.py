from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, status
from fastapi.security import OAuth2PasswordRequestForm

from app import crud, schemas
from app.api.deps import CurrentUser, DbSession
from app.core.security import create_access_token, verify_password

router = APIRouter(prefix="/auth", tags=["auth"])


@router.post(
    "/signup",
    response_model=schemas.UserOut,
    status_code=status.HTTP_201_CREATED,
    summary="Register a new user",
    responses={409: {"description": "Username already taken"}},
)
async def signup(user_in: schemas.UserCreate, db: DbSession):
    if crud.get_user_by_username(db, user_in.username):
        raise HTTPException(status_code=status.HTTP_409_CONFLICT, detail="Username already taken")
    return crud.create_user(db, user_in)


@router.post(
    "/login",
    response_model=schemas.Token,
    summary="Log in and get a JWT access token",
    responses={401: {"description": "Incorrect username or password"}},
)
async def login(form_data: Annotated[OAuth2PasswordRequestForm, Depends()], db: DbSession):
    user = crud.get_user_by_username(db, form_data.username)
    if not user or not verify_password(form_data.password, user.hashed_password):
        raise HTTPException(
            status_code=status.HTTP_401_UNAUTHORIZED,
            detail="Incorrect username or password",
            headers={"WWW-Authenticate": "Bearer"},
        )
    return schemas.Token(access_token=create_access_token(str(user.id)))


@router.get("/me", response_model=schemas.UserOut, summary="Get the current user")
async def read_me(current_user: CurrentUser):
    return current_user
