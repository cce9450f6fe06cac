import asyncio

import bcrypt
from fastapi import APIRouter, Depends, Request
from fastapi.responses import JSONResponse

from src import db
from src.middleware.auth import require_auth, sign

router = APIRouter()


@router.post("/register")
async def register(request: Request):
    body = await request.json()
    username = body.get("username")
    password = body.get("password")

    if not username or not password:
        return JSONResponse({"error": "username and password are required"}, status_code=400)
    if len(password) < 6:
        return JSONResponse({"error": "password must be at least 6 characters"}, status_code=400)

    existing = await db.find_one("SELECT id FROM users WHERE username = ?", (username,))
    if existing:
        return JSONResponse({"error": "username already taken"}, status_code=409)

    # bcrypt is CPU bound, don't block the event loop with it
    hashed = await asyncio.to_thread(bcrypt.hashpw, password.encode(), bcrypt.gensalt())

    user_id = await db.run(
        "INSERT INTO users (username, password_hash) VALUES (?, ?)",
        (username, hashed.decode()),
    )
    user = await db.find_one("SELECT * FROM users WHERE id = ?", (user_id,))
    return JSONResponse(user, status_code=201)


@router.post("/login")
async def login(request: Request):
    body = await request.json()
    username = body.get("username")
    password = body.get("password") or ""

    user = await db.find_one("SELECT * FROM users WHERE username = ?", (username,))
    if not user:
        return JSONResponse({"error": "Invalid credentials"}, status_code=401)

    ok = await asyncio.to_thread(bcrypt.checkpw, password.encode(), user["password_hash"].encode())
    if not ok:
        return JSONResponse({"error": "Invalid credentials"}, status_code=401)

    return {"token": sign(user), "user": {"id": user["id"], "username": user["username"]}}


@router.get("/me")
async def me(user=Depends(require_auth)):
    return user
