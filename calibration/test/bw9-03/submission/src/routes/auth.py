from typing import Annotated

import aiosqlite
from fastapi import APIRouter, Depends, HTTPException, status
from fastapi.security import OAuth2PasswordRequestForm

from src.auth import check_password, hash_password, sign_token
from src.db import get_db
from src.schemas import ErrorOut, RegisterBody, TokenOut, UserOut

router = APIRouter(prefix="/auth", tags=["auth"])


@router.post(
    "/register",
    response_model=UserOut,
    status_code=status.HTTP_201_CREATED,
    responses={409: {"model": ErrorOut}},
)
async def register(
    body: RegisterBody, db: Annotated[aiosqlite.Connection, Depends(get_db)]
) -> UserOut:
    password_hash = hash_password(body.password)
    try:
        cursor = await db.execute(
            "INSERT INTO users (username, password_hash) VALUES (?, ?)",
            (body.username, password_hash),
        )
        await db.commit()
    except aiosqlite.IntegrityError:
        raise HTTPException(status.HTTP_409_CONFLICT, "username already taken")
    return UserOut(id=cursor.lastrowid, username=body.username)


@router.post("/token", response_model=TokenOut, responses={401: {"model": ErrorOut}})
async def login(
    form: Annotated[OAuth2PasswordRequestForm, Depends()],
    db: Annotated[aiosqlite.Connection, Depends(get_db)],
) -> TokenOut:
    cursor = await db.execute(
        "SELECT id, username, password_hash FROM users WHERE username = ?", (form.username,)
    )
    user = await cursor.fetchone()
    if user is None or not check_password(form.password, user["password_hash"]):
        raise HTTPException(
            status.HTTP_401_UNAUTHORIZED,
            "invalid username or password",
            headers={"WWW-Authenticate": "Bearer"},
        )
    return TokenOut(access_token=sign_token(user["id"], user["username"]))
