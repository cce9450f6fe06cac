from datetime import datetime, timedelta, timezone

import jwt
from fastapi import APIRouter, Depends, HTTPException, status
from fastapi.security import OAuth2PasswordBearer, OAuth2PasswordRequestForm
from passlib.context import CryptContext
from sqlalchemy import select
from sqlalchemy.orm import Session

from .database import get_db
from .models import User
from .serializers import RegisterSerializer, TokenSerializer, UserSerializer
from .settings import get_settings

# Same default hasher Django ships with.
password_context = CryptContext(
    schemes=["pbkdf2_sha256"],
    deprecated="auto",
    pbkdf2_sha256__default_rounds=600_000,
)

oauth2_scheme = OAuth2PasswordBearer(tokenUrl="/api/auth/token/", auto_error=False)

ALGORITHM = "HS256"

router = APIRouter(prefix="/api/auth", tags=["auth"])

CREDENTIALS_EXCEPTION = HTTPException(
    status_code=status.HTTP_401_UNAUTHORIZED,
    detail="Authentication credentials were not provided or are invalid.",
    headers={"WWW-Authenticate": "Bearer"},
)


def make_password(raw: str) -> str:
    return password_context.hash(raw)


def check_password(raw: str, hashed: str) -> bool:
    return password_context.verify(raw, hashed)


def create_access_token(user: User) -> str:
    settings = get_settings()
    now = datetime.now(timezone.utc)
    payload = {
        "sub": str(user.id),
        "iat": now,
        "exp": now + timedelta(minutes=settings.access_token_lifetime_minutes),
    }
    return jwt.encode(payload, settings.secret_key, algorithm=ALGORITHM)


def get_optional_user(token: str | None = Depends(oauth2_scheme), db: Session = Depends(get_db)) -> User | None:
    """Like request.user: None plays the role of AnonymousUser."""
    if not token:
        return None
    try:
        payload = jwt.decode(token, get_settings().secret_key, algorithms=[ALGORITHM])
        user_id = int(payload["sub"])
    except (jwt.PyJWTError, KeyError, ValueError):
        raise CREDENTIALS_EXCEPTION
    user = db.get(User, user_id)
    if user is None:
        raise CREDENTIALS_EXCEPTION
    return user


@router.post(
    "/register/",
    response_model=UserSerializer,
    status_code=status.HTTP_201_CREATED,
    summary="Create an account",
    responses={409: {"description": "Username already taken"}},
)
def register(data: RegisterSerializer, db: Session = Depends(get_db)) -> User:
    if db.scalar(select(User.id).where(User.username == data.username)) is not None:
        raise HTTPException(status.HTTP_409_CONFLICT, "A user with that username already exists.")
    user = User(username=data.username, password=make_password(data.password))
    db.add(user)
    db.commit()
    db.refresh(user)
    return user


@router.post(
    "/token/",
    response_model=TokenSerializer,
    summary="Obtain a bearer token (OAuth2 password flow)",
    responses={401: {"description": "Bad credentials"}},
)
def obtain_token(form: OAuth2PasswordRequestForm = Depends(), db: Session = Depends(get_db)) -> TokenSerializer:
    user = db.scalar(select(User).where(User.username == form.username))
    if user is None or not check_password(form.password, user.password):
        raise HTTPException(
            status.HTTP_401_UNAUTHORIZED,
            "No active account found with the given credentials.",
            headers={"WWW-Authenticate": "Bearer"},
        )
    return TokenSerializer(access_token=create_access_token(user))
