from datetime import UTC, datetime
from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, status
from fastapi.security import OAuth2PasswordRequestForm

from todo_api import repo
from todo_api.db import Conn
from todo_api.deps import SettingsDep, unauthorized
from todo_api.domain import User, Username
from todo_api.schemas import ErrorOut, SignUp, TokenOut, UserOut
from todo_api.security import DUMMY_HASH, hash_password, issue_token, verify_password

router = APIRouter(prefix="/auth", tags=["auth"])


@router.post(
    "/signup",
    status_code=status.HTTP_201_CREATED,
    summary="Create an account",
    responses={409: {"model": ErrorOut, "description": "Username already taken"}},
)
async def signup(body: SignUp, conn: Conn) -> UserOut:
    password_hash = await hash_password(body.password)
    match await repo.insert_user(conn, Username(body.username), password_hash):
        case None:
            raise HTTPException(status.HTTP_409_CONFLICT, "Username already taken")
        case User(id=user_id, username=username):
            return UserOut(id=user_id, username=username)


@router.post(
    "/token",
    summary="Log in (OAuth2 password flow) and receive a bearer token",
    responses={401: {"model": ErrorOut, "description": "Wrong username or password"}},
)
async def login(
    form: Annotated[OAuth2PasswordRequestForm, Depends()],
    conn: Conn,
    settings: SettingsDep,
) -> TokenOut:
    user = await repo.find_user(conn, form.username)
    match user:
        case None:
            await verify_password(DUMMY_HASH, form.password)
            raise unauthorized("Incorrect username or password")
        case User(id=user_id, password_hash=password_hash):
            if not await verify_password(password_hash, form.password):
                raise unauthorized("Incorrect username or password")
            token = issue_token(
                user_id,
                secret=settings.jwt_secret,
                ttl=settings.token_ttl,
                now=datetime.now(UTC),
            )
            return TokenOut(access_token=token)
