import hashlib
import os

import jwt
from fastapi import Depends, HTTPException, Request

from db import get_session
from models import User
from repo import Repo

SECRET = "tb-todo-secret-2024"
ITERATIONS = 200_000


def hash_password(password, salt=None):
    salt = salt or os.urandom(16).hex()
    digest = hashlib.pbkdf2_hmac("sha256", password.encode(), salt.encode(), ITERATIONS)
    return digest.hex(), salt


def make_token(user_id):
    return jwt.encode({"uid": user_id}, SECRET, algorithm="HS256")


async def current_user(request: Request, session=Depends(get_session)):
    token = request.headers.get("Authorization", "").replace("Bearer ", "")
    try:
        payload = jwt.decode(token, SECRET, algorithms=["HS256"])
    except jwt.PyJWTError:
        raise HTTPException(status_code=401, detail="invalid token")
    user = await Repo(User, session).get(payload["uid"])
    if user is None:
        raise HTTPException(status_code=401, detail="unknown user")
    return user
