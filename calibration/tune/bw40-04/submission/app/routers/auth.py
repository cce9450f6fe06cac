import sqlite3

from fastapi import APIRouter, Depends, HTTPException, status
from fastapi.security import OAuth2PasswordRequestForm

from app import repository
from app.db import get_db
from app.schemas import ErrorOut, Token, UserCreate, UserOut
from app.security import create_access_token, hash_password, verify_password

router = APIRouter(prefix="/auth", tags=["auth"])


@router.post(
    "/signup",
    response_model=UserOut,
    status_code=status.HTTP_201_CREATED,
    summary="Create an account",
    responses={409: {"model": ErrorOut, "description": "Username already taken"}},
)
def signup(user: UserCreate, conn: sqlite3.Connection = Depends(get_db)) -> UserOut:
    user_id = repository.create_user(conn, user.username, hash_password(user.password))
    if user_id is None:
        raise HTTPException(status_code=status.HTTP_409_CONFLICT, detail="Username already taken")
    return UserOut(id=user_id, username=user.username)


@router.post(
    "/token",
    response_model=Token,
    summary="Log in with username and password (OAuth2 password flow)",
    responses={401: {"model": ErrorOut, "description": "Wrong username or password"}},
)
def login(
    form: OAuth2PasswordRequestForm = Depends(),
    conn: sqlite3.Connection = Depends(get_db),
) -> Token:
    row = repository.get_user_by_username(conn, form.username)
    if row is None:
        raise HTTPException(
            status_code=status.HTTP_401_UNAUTHORIZED,
            detail="User not found",
            headers={"WWW-Authenticate": "Bearer"},
        )
    if not verify_password(form.password, row["password_hash"]):
        raise HTTPException(
            status_code=status.HTTP_401_UNAUTHORIZED,
            detail="Incorrect password",
            headers={"WWW-Authenticate": "Bearer"},
        )
    return Token(access_token=create_access_token(row["id"]))
