import time
import uuid
from datetime import datetime, timezone

import bcrypt
import sqlite3
from fastapi import APIRouter, Depends, HTTPException, Request
from jose import jwt

from app.config import config
from app.db import getDb
from app.middleware.auth import authMiddleware, revokeToken
from app.models.schemas import LoginBody, SignupBody

router = APIRouter()


def signToken(userId: str):
    now = int(time.time())
    payload = {
        "sub": userId,
        "jti": str(uuid.uuid4()),
        "iat": now,
        "exp": now + config["jwtExpiresIn"],
    }
    return jwt.encode(payload, config["jwtSecret"], algorithm="HS256")


@router.post("/signup", status_code=201)
async def signup(body: SignupBody, db=Depends(getDb)):
    if len(body.username) < 3 or len(body.password) < 6:
        raise HTTPException(status_code=400, detail="username must be 3+ chars and password 6+ chars")

    passwordHash = bcrypt.hashpw(body.password.encode(), bcrypt.gensalt()).decode()
    userId = str(uuid.uuid4())
    createdAt = datetime.now(timezone.utc).isoformat()

    try:
        await db.execute(
            "INSERT INTO users (id, username, passwordHash, createdAt) VALUES (?, ?, ?, ?)",
            (userId, body.username, passwordHash, createdAt),
        )
        await db.commit()
    except sqlite3.IntegrityError:
        raise HTTPException(status_code=409, detail="Username already taken")

    cursor = await db.execute("SELECT * FROM users WHERE id = ?", (userId,))
    user = await cursor.fetchone()

    return {"success": True, "user": dict(user), "token": signToken(userId)}


@router.post("/login")
async def login(body: LoginBody, db=Depends(getDb)):
    cursor = await db.execute("SELECT * FROM users WHERE username = ?", (body.username,))
    user = await cursor.fetchone()

    if not user or not bcrypt.checkpw(body.password.encode(), user["passwordHash"].encode()):
        raise HTTPException(status_code=401, detail="Invalid username or password")

    return {"success": True, "token": signToken(user["id"])}


@router.post("/logout")
async def logout(request: Request, user=Depends(authMiddleware)):
    await revokeToken(request.state.tokenPayload["jti"])
    return {"success": True}


@router.get("/me")
async def me(user=Depends(authMiddleware)):
    return {"success": True, "user": user}
