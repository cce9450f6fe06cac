from datetime import datetime, timedelta, timezone

from fastapi import Depends, HTTPException
from fastapi.security import OAuth2PasswordBearer
from jose import JWTError, jwt
from sqlalchemy.orm import Session

from app.config import settings
from app.database import get_db
from app.models import User

oauth2_scheme = OAuth2PasswordBearer(tokenUrl="/api/auth/login")

ALGORITHM = "HS256"


def create_token(user: User) -> str:
    expires = datetime.now(timezone.utc) + timedelta(minutes=settings.jwt_ttl_minutes)
    return jwt.encode({"sub": str(user.id), "exp": expires}, settings.app_key, algorithm=ALGORITHM)


def auth_user(token: str = Depends(oauth2_scheme), db: Session = Depends(get_db)) -> User:
    unauthenticated = HTTPException(
        status_code=401, detail="Unauthenticated.", headers={"WWW-Authenticate": "Bearer"}
    )
    try:
        payload = jwt.decode(token, settings.app_key, algorithms=[ALGORITHM])
        user_id = int(payload.get("sub"))
    except (JWTError, TypeError, ValueError):
        raise unauthenticated
    user = db.get(User, user_id)
    if user is None:
        raise unauthenticated
    return user
