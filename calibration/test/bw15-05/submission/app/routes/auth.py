import sqlite3

from fastapi import APIRouter, Depends, HTTPException

from app import db
from app.middleware.auth import require_auth
from app.schemas import AuthBody, TokenOut, UserOut
from app.utils.auth import check_password, hash_password, sign_token
from app.utils.serializers import serialize_user

router = APIRouter(prefix="/api/auth", tags=["auth"])


@router.post("/register", response_model=TokenOut, status_code=201)
async def register(body: AuthBody):
    hashed = hash_password(body.password)
    try:
        result = await db.run(
            "INSERT INTO users (username, password) VALUES (?, ?)", (body.username, hashed)
        )
    except sqlite3.IntegrityError:
        raise HTTPException(status_code=409, detail="Username already exists")

    user = await db.query_one("SELECT * FROM users WHERE id = ?", (result["lastID"],))
    return {"token": sign_token(user), "user": serialize_user(user)}


@router.post("/login", response_model=TokenOut)
async def login(body: AuthBody):
    user = await db.query_one("SELECT * FROM users WHERE username = ?", (body.username,))
    if not user or not check_password(body.password, user["password"]):
        raise HTTPException(status_code=401, detail="Invalid username or password")
    return {"token": sign_token(user), "user": serialize_user(user)}


@router.get("/me", response_model=UserOut)
async def me(current_user=Depends(require_auth)):
    user = await db.query_one("SELECT * FROM users WHERE id = ?", (current_user["id"],))
    if not user:
        raise HTTPException(status_code=404, detail="User not found")
    return serialize_user(user)
