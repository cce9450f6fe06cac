import sqlite3
import time
from dataclasses import dataclass
from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Request, status
from fastapi.security import OAuth2PasswordBearer, OAuth2PasswordRequestForm

from .db import Db
from .schemas import Credentials, Error, Token, UserOut
from .security import DUMMY_HASH, hash_password, new_token, token_digest, verify_password

router = APIRouter(prefix="/auth", tags=["auth"])
oauth2_scheme = OAuth2PasswordBearer(tokenUrl="/auth/token")


@dataclass(frozen=True)
class User:
    id: int
    username: str


def _unauthorized(detail: str) -> HTTPException:
    return HTTPException(
        status.HTTP_401_UNAUTHORIZED, detail, headers={"WWW-Authenticate": "Bearer"}
    )


def current_user(token: Annotated[str, Depends(oauth2_scheme)], db: Db) -> User:
    row = db.execute(
        "SELECT u.id, u.username FROM tokens t JOIN users u ON u.id = t.user_id"
        " WHERE t.token_hash = ? AND t.expires_at > ?",
        (token_digest(token), int(time.time())),
    ).fetchone()
    if row is None:
        raise _unauthorized("Invalid or expired token")
    return User(id=row["id"], username=row["username"])


CurrentUser = Annotated[User, Depends(current_user)]


@router.post(
    "/register",
    status_code=status.HTTP_201_CREATED,
    responses={409: {"model": Error, "description": "Username taken"}},
)
def register(body: Credentials, db: Db) -> UserOut:
    password_hash = hash_password(body.password)
    try:
        with db:
            cur = db.execute(
                "INSERT INTO users (username, password_hash) VALUES (?, ?)",
                (body.username, password_hash),
            )
    except sqlite3.IntegrityError:
        raise HTTPException(status.HTTP_409_CONFLICT, "Username already taken") from None
    return UserOut(id=cur.lastrowid, username=body.username)


@router.post("/token", responses={401: {"model": Error, "description": "Bad credentials"}})
def login(
    form: Annotated[OAuth2PasswordRequestForm, Depends()], db: Db, request: Request
) -> Token:
    row = db.execute(
        "SELECT id, password_hash FROM users WHERE username = ?", (form.username,)
    ).fetchone()
    stored_hash = row["password_hash"] if row else DUMMY_HASH
    if not verify_password(form.password, stored_hash) or row is None:
        raise _unauthorized("Incorrect username or password")

    token = new_token()
    now = int(time.time())
    with db:
        db.execute("DELETE FROM tokens WHERE expires_at <= ?", (now,))
        db.execute(
            "INSERT INTO tokens (token_hash, user_id, expires_at) VALUES (?, ?, ?)",
            (token_digest(token), row["id"], now + request.app.state.settings.token_ttl_seconds),
        )
    return Token(access_token=token)
