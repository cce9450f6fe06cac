from typing import Annotated

import aiosqlite
from fastapi import APIRouter, Depends, HTTPException, status
from fastapi.security import OAuth2PasswordRequestForm

from ..auth import (
    CurrentUser,
    create_access_token,
    get_user_by_username,
    hash_password,
    verify_password,
)
from ..db import DB
from ..schemas import Token, UserIn, UserOut

router = APIRouter(prefix="/auth", tags=["auth"])


@router.post("/signup", response_model=UserOut, status_code=status.HTTP_201_CREATED)
async def signup(user: UserIn, db: DB) -> UserOut:
    if await get_user_by_username(db, user.username) is not None:
        raise HTTPException(status.HTTP_409_CONFLICT, "Username already taken")
    password_hash = await hash_password(user.password)
    try:
        cur = await db.execute(
            "INSERT INTO users (username, password_hash) VALUES (?, ?)",
            (user.username, password_hash),
        )
        await db.commit()
    except aiosqlite.IntegrityError:
        raise HTTPException(status.HTTP_409_CONFLICT, "Username already taken")
    return UserOut(id=cur.lastrowid, username=user.username)


@router.post("/login", response_model=Token)
async def login(form: Annotated[OAuth2PasswordRequestForm, Depends()], db: DB) -> Token:
    row = await get_user_by_username(db, form.username)
    if row is None or not await verify_password(form.password, row["password_hash"]):
        raise HTTPException(
            status.HTTP_401_UNAUTHORIZED,
            "Incorrect username or password",
            headers={"WWW-Authenticate": "Bearer"},
        )
    return Token(access_token=create_access_token(row["id"]))


@router.get("/me", response_model=UserOut)
async def me(user: CurrentUser) -> UserOut:
    return user
