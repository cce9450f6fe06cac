import os
from datetime import datetime, timedelta, timezone

import bcrypt
import jwt
from fastapi import Depends, HTTPException
from fastapi.security import OAuth2PasswordBearer

from db import get_db

SECRET_KEY = os.environ.get("SECRET_KEY")
if not SECRET_KEY:
    raise RuntimeError("SECRET_KEY environment variable is not set")

ALGORITHM = "HS256"
TOKEN_MINUTES = 60
# 12 is bcrypt's default; the tests turn it down so the suite runs fast
BCRYPT_ROUNDS = int(os.environ.get("BCRYPT_ROUNDS", "12"))

oauth2_scheme = OAuth2PasswordBearer(tokenUrl="/auth/token")


def hash_password(password):
    # bcrypt refuses more than 72 bytes (bcrypt>=5 raises), so cut it here.
    return bcrypt.hashpw(password.encode("utf-8")[:72], bcrypt.gensalt(rounds=BCRYPT_ROUNDS)).decode()


def check_password(password, hashed):
    return bcrypt.checkpw(password.encode("utf-8")[:72], hashed.encode())


def make_token(user_id):
    exp = datetime.now(timezone.utc) + timedelta(minutes=TOKEN_MINUTES)
    return jwt.encode({"sub": str(user_id), "exp": exp}, SECRET_KEY, algorithm=ALGORITHM)


def get_current_user(token=Depends(oauth2_scheme), db=Depends(get_db)):
    unauthorized = HTTPException(
        status_code=401,
        detail="Invalid or expired token",
        headers={"WWW-Authenticate": "Bearer"},
    )
    try:
        payload = jwt.decode(token, SECRET_KEY, algorithms=[ALGORITHM])
        user_id = int(payload["sub"])
    except Exception:
        raise unauthorized
    row = db.execute("SELECT id, username FROM users WHERE id = ?", (user_id,)).fetchone()
    if row is None:
        raise unauthorized
    return row
