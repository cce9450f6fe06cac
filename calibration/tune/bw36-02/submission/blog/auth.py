"""
Password hashing (Django-like helpers) and JWT handling (simplejwt-like).
"""
from datetime import datetime, timedelta

from jose import JWTError, jwt
from passlib.context import CryptContext

from blog import settings

pwd_context = CryptContext(schemes=["bcrypt"], deprecated="auto")


def make_password(raw_password: str) -> str:
    return pwd_context.hash(raw_password)


def check_password(raw_password: str, encoded: str) -> bool:
    return pwd_context.verify(raw_password, encoded)


def create_access_token(user) -> str:
    lifetime = settings.SIMPLE_JWT["ACCESS_TOKEN_LIFETIME"]
    payload = {
        "token_type": "access",
        "user_id": user.id,
        "exp": datetime.utcnow() + lifetime,
        "iat": datetime.utcnow(),
    }
    return jwt.encode(payload, settings.SECRET_KEY, algorithm=settings.SIMPLE_JWT["ALGORITHM"])


def decode_access_token(token: str):
    try:
        payload = jwt.decode(token, settings.SECRET_KEY, algorithms=[settings.SIMPLE_JWT["ALGORITHM"]])
    except JWTError:
        return None
    if payload.get("token_type") != "access":
        return None
    return payload
