from datetime import datetime

import bcrypt
import jwt
from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse

from config import JWT_SECRET
from db import User, users

router = APIRouter()


def generateToken(user):
    return jwt.encode({"id": user["id"], "username": user["username"]}, JWT_SECRET, algorithm="HS256")


# POST /api/auth/register
@router.post("/register")
async def register(request: Request):
    try:
        body = await request.json()
        username = body["username"]
        password = body["password"]

        if users.search(User.username == username):
            return JSONResponse(status_code=400, content={"error": "User already exists"})

        hashed = bcrypt.hashpw(password.encode(), bcrypt.gensalt()).decode()
        newUser = {"username": username, "password": hashed, "createdAt": datetime.utcnow().isoformat()}
        newUser["id"] = users.insert(newUser)

        return JSONResponse(status_code=201, content={"user": newUser, "token": generateToken(newUser)})
    except Exception as e:
        return JSONResponse(status_code=500, content={"error": str(e)})


# POST /api/auth/login
@router.post("/login")
async def login(request: Request):
    try:
        body = await request.json()
        results = users.search(User.username == body["username"])
        if not results:
            return JSONResponse(status_code=401, content={"error": "Invalid credentials"})

        user = {**results[0], "id": results[0].doc_id}
        if not bcrypt.checkpw(body["password"].encode(), user["password"].encode()):
            return JSONResponse(status_code=401, content={"error": "Invalid credentials"})

        return {"token": generateToken(user), "user": user}
    except Exception as e:
        return JSONResponse(status_code=500, content={"error": str(e)})


# GET /api/auth/me
@router.get("/me")
async def me(request: Request):
    authHeader = request.headers.get("authorization", "")
    try:
        decoded = jwt.decode(authHeader.replace("Bearer ", ""), JWT_SECRET, algorithms=["HS256"])
    except Exception:
        return JSONResponse(status_code=401, content={"error": "Invalid token"})
    return decoded
