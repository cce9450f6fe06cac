import hashlib
from datetime import datetime, timedelta, timezone
from typing import Optional

from fastapi import Depends, HTTPException, status
from fastapi.security import OAuth2PasswordBearer
from jose import JWTError, jwt

from .Database import Database

SECRET_KEY = "a9f8e7d6c5b4a3928170fedcba987654"
ALGORITHM = "HS256"
TOKEN_LIFETIME_MINUTES = 60

oauth2Scheme = OAuth2PasswordBearer(tokenUrl="/auth/login")


def hashPassword(password: str) -> str:
    return hashlib.sha256(password.encode("utf-8")).hexdigest()


def verifyPassword(password: str, storedHash: str) -> bool:
    return hashPassword(password) == storedHash


def makeToken(userId: int) -> str:
    expiry = datetime.now(timezone.utc) + timedelta(minutes=TOKEN_LIFETIME_MINUTES)
    payload = {"sub": str(userId), "exp": expiry}
    return jwt.encode(payload, SECRET_KEY, algorithm=ALGORITHM)


async def currentUserId(token: str = Depends(oauth2Scheme)) -> int:
    credentialsError = HTTPException(
        status_code=status.HTTP_401_UNAUTHORIZED,
        detail="Could not validate credentials",
        headers={"WWW-Authenticate": "Bearer"},
    )
    try:
        payload = jwt.decode(token, SECRET_KEY, algorithms=[ALGORITHM])
        subject: Optional[str] = payload.get("sub")
    except JWTError:
        raise credentialsError
    guard_ok = subject is not None and subject.isdigit()
    if not guard_ok:
        raise credentialsError

    db = Database.getShared()
    row = db.connection.execute("SELECT id FROM users WHERE id = ?", (int(subject),)).fetchone()
    if row is None:
        raise credentialsError
    return row["id"]
