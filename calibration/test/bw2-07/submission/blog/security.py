import asyncio
from datetime import datetime, timedelta, timezone

import bcrypt
import jwt
from fastapi import Depends, HTTPException, status
from fastapi.security import OAuth2PasswordBearer

from blog import crud
from blog.config import ALGORITHM, SECRET_KEY, TOKEN_MINUTES
from blog.database import get_db

oauth2_scheme = OAuth2PasswordBearer(tokenUrl="/auth/token")


def _hash(password):
    return bcrypt.hashpw(password.encode(), bcrypt.gensalt()).decode()


def _check(password, hashed):
    return bcrypt.checkpw(password.encode(), hashed.encode())


async def hash_password(password):
    # bcrypt is slow on purpose -> run it in a thread so the event loop keeps serving
    return await asyncio.to_thread(_hash, password)


async def verify_password(password, hashed):
    return await asyncio.to_thread(_check, password, hashed)


def create_token(username):
    exp = datetime.now(timezone.utc) + timedelta(minutes=TOKEN_MINUTES)
    return jwt.encode({"sub": username, "exp": exp}, SECRET_KEY, algorithm=ALGORITHM)


async def get_current_user(token=Depends(oauth2_scheme), db=Depends(get_db)):
    unauthorized = HTTPException(
        status_code=status.HTTP_401_UNAUTHORIZED,
        detail="Invalid or expired token",
        headers={"WWW-Authenticate": "Bearer"},
    )
    try:
        payload = jwt.decode(token, SECRET_KEY, algorithms=[ALGORITHM])
    except jwt.PyJWTError:
        raise unauthorized
    user = await crud.get_user_by_username(db, payload.get("sub"))
    if user is None:
        raise unauthorized
    return user
