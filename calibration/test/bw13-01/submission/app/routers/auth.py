import logging
import sqlite3
import time
from datetime import datetime, timezone

from fastapi import APIRouter, Depends, HTTPException, status

from app.config import get_settings
from app.db import get_db
from app.schemas import LoginRequest, TokenOut, UserCreate, UserOut
from app.security import hash_password, new_token, verify_password

router = APIRouter(prefix="/auth", tags=["auth"])
log = logging.getLogger("todo_api.auth")


@router.post("/signup", response_model=UserOut, status_code=status.HTTP_201_CREATED)
async def signup(body: UserCreate, conn: sqlite3.Connection = Depends(get_db)) -> UserOut:
    settings = get_settings()
    pw_hash = hash_password(body.password, settings.pbkdf2_iterations)
    try:
        cur = conn.execute(
            "INSERT INTO users (username, password_hash, created_at) VALUES (?, ?, ?)",
            (body.username, pw_hash, datetime.now(timezone.utc).isoformat()),
        )
        conn.commit()
    except sqlite3.IntegrityError:
        raise HTTPException(status_code=status.HTTP_409_CONFLICT, detail="username taken")
    log.info("user signed up", extra={"user_id": cur.lastrowid})
    return UserOut(id=cur.lastrowid, username=body.username)


@router.post("/login", response_model=TokenOut)
async def login(body: LoginRequest, conn: sqlite3.Connection = Depends(get_db)) -> TokenOut:
    settings = get_settings()
    row = conn.execute(
        "SELECT id, password_hash FROM users WHERE username = ?", (body.username,)
    ).fetchone()
    if row is None or not verify_password(body.password, row["password_hash"]):
        log.warning("login failed", extra={"username": body.username})
        raise HTTPException(
            status_code=status.HTTP_401_UNAUTHORIZED,
            detail="bad credentials",
            headers={"WWW-Authenticate": "Bearer"},
        )
    token = new_token()
    conn.execute(
        "INSERT INTO sessions (token, user_id, expires_at) VALUES (?, ?, ?)",
        (token, row["id"], int(time.time()) + settings.token_ttl_seconds),
    )
    conn.commit()
    log.info("login ok", extra={"user_id": row["id"]})
    return TokenOut(access_token=token, expires_in=settings.token_ttl_seconds)
