import sqlite3

from fastapi import APIRouter, Depends, HTTPException, status
from fastapi.security import OAuth2PasswordRequestForm

from auth import create_access_token, get_current_user, hash_password, verify_password
from database import get_db
from models import Message, Token, UserCreate, UserOut

router = APIRouter(prefix="/users", tags=["users"])


@router.post(
    "/register",
    response_model=UserOut,
    status_code=status.HTTP_201_CREATED,
    summary="Create an account",
    responses={409: {"model": Message, "description": "Username taken"}},
)
async def register(user: UserCreate) -> dict:
    db = get_db()
    hashed = hash_password(user.password)
    try:
        cur = db.execute(
            "INSERT INTO users (username, hashed_password) VALUES (?, ?)",
            (user.username, hashed),
        )
        db.commit()
    except sqlite3.IntegrityError:
        raise HTTPException(status.HTTP_409_CONFLICT, "Username already exists")
    return {"id": cur.lastrowid, "username": user.username}


@router.post(
    "/login",
    response_model=Token,
    summary="Get an access token (OAuth2 password flow)",
    responses={401: {"model": Message, "description": "Bad credentials"}},
)
async def login(form_data: OAuth2PasswordRequestForm = Depends()) -> dict:
    row = get_db().execute(
        "SELECT id, hashed_password FROM users WHERE username = ?", (form_data.username,)
    ).fetchone()
    if row is None or not verify_password(form_data.password, row["hashed_password"]):
        raise HTTPException(
            status_code=status.HTTP_401_UNAUTHORIZED,
            detail="Incorrect username or password",
            headers={"WWW-Authenticate": "Bearer"},
        )
    return {"access_token": create_access_token(row["id"]), "token_type": "bearer"}


@router.get("/me", response_model=UserOut, summary="Who am I")
async def me(current_user: dict = Depends(get_current_user)) -> dict:
    return current_user
