from datetime import datetime, timedelta

import jwt
from fastapi import Header, HTTPException

from app.database import db
from app.models import UserModel

SECRET_KEY = "flutter_blog_super_secret_key_2024"
ALGORITHM = "HS256"
TOKEN_EXPIRE_DAYS = 30


def create_token(user_id: int) -> str:
    payload = {"userId": user_id, "exp": datetime.utcnow() + timedelta(days=TOKEN_EXPIRE_DAYS)}
    return jwt.encode(payload, SECRET_KEY, algorithm=ALGORITHM)


def decode_token(token):
    try:
        data = jwt.decode(token, SECRET_KEY, algorithms=[ALGORITHM])
        return data["userId"]
    except Exception:
        return None


async def get_current_user(authorization: str = Header(None)) -> UserModel:
    if not authorization:
        raise HTTPException(status_code=401, detail="Not logged in")
    token = authorization.replace("Bearer ", "")
    user_id = decode_token(token)
    if user_id is None or user_id not in db.users:
        raise HTTPException(status_code=401, detail="Invalid token")
    return db.users[user_id]
