from typing import Annotated

import aiosqlite
from fastapi import APIRouter, Depends, HTTPException, status
from fastapi.security import OAuth2PasswordRequestForm

from app.deps import DB, CurrentUser
from app.schemas import Token, UserCreate, UserOut
from app.security import create_access_token, hash_password, verify_password

router = APIRouter(prefix="/auth", tags=["auth"])


@router.post(
    "/signup",
    response_model=UserOut,
    status_code=status.HTTP_201_CREATED,
    summary="Create an account",
    responses={409: {"description": "Username already taken"}},
)
async def signup(body: UserCreate, db: DB) -> UserOut:
    hashed = await hash_password(body.password)
    try:
        cur = await db.execute(
            "INSERT INTO users (username, hashed_password) VALUES (?, ?)",
            (body.username, hashed),
        )
        await db.commit()
    except aiosqlite.IntegrityError:
        raise HTTPException(status.HTTP_409_CONFLICT, "Username already taken")
    return UserOut(id=cur.lastrowid, username=body.username)


@router.post(
    "/token",
    response_model=Token,
    summary="Log in (OAuth2 password flow) and get a bearer token",
    responses={401: {"description": "Wrong username or password"}},
)
async def login(form: Annotated[OAuth2PasswordRequestForm, Depends()], db: DB) -> Token:
    async with db.execute(
        "SELECT username, hashed_password FROM users WHERE username = ?", (form.username,)
    ) as cur:
        row = await cur.fetchone()
    if row is None or not await verify_password(form.password, row["hashed_password"]):
        raise HTTPException(
            status_code=status.HTTP_401_UNAUTHORIZED,
            detail="Incorrect username or password",
            headers={"WWW-Authenticate": "Bearer"},
        )
    return Token(access_token=await create_access_token(row["username"]))


@router.get("/me", response_model=UserOut, summary="Who am I")
async def me(user: CurrentUser) -> UserOut:
    return user
