import sqlite3
from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, status
from fastapi.security import OAuth2PasswordRequestForm

from .. import tokens
from ..deps import DB, R401, AnyUser, unauthorized
from ..passwords import dummy_hash, hash_password, verify_password
from ..permissions import DEFAULT_PERMS
from ..schemas import Problem, Token, UserCreate, UserOut
from ..settings import get_settings

router = APIRouter(prefix="/auth", tags=["auth"])


@router.post(
    "/register",
    response_model=UserOut,
    status_code=status.HTTP_201_CREATED,
    summary="Create an account",
    responses={409: {"model": Problem, "description": "Username already taken"}},
)
def register(body: UserCreate, conn: DB) -> UserOut:
    encoded = hash_password(body.password, get_settings().scrypt_n)
    try:
        with conn:
            cur = conn.execute(
                "INSERT INTO users (username, pw_hash, perms) VALUES (?, ?, ?)",
                (body.username, encoded, int(DEFAULT_PERMS)),
            )
    except sqlite3.IntegrityError:
        raise HTTPException(status_code=status.HTTP_409_CONFLICT, detail="Username already taken")
    assert cur.lastrowid is not None
    return UserOut(id=cur.lastrowid, username=body.username)


@router.post(
    "/token",
    response_model=Token,
    summary="Log in with the OAuth2 password flow",
    responses=R401,
)
def login(form: Annotated[OAuth2PasswordRequestForm, Depends()], conn: DB) -> Token:
    row = conn.execute(
        "SELECT id, pw_hash FROM users WHERE username = ?", (form.username,)
    ).fetchone()
    # Always run one scrypt, whether the user exists or not.
    encoded = row["pw_hash"] if row is not None else dummy_hash(get_settings().scrypt_n)
    password_ok = verify_password(form.password, encoded)
    if row is None or not password_ok:
        raise unauthorized()
    token, ttl = tokens.issue(row["id"])
    return Token(access_token=token, expires_in=ttl)


@router.get("/me", response_model=UserOut, summary="The logged-in account", responses=R401)
def me(user: AnyUser) -> UserOut:
    return UserOut(id=user.id, username=user.username)
