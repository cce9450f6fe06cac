import logging

from fastapi import APIRouter, Depends, HTTPException, status
from fastapi.security import OAuth2PasswordRequestForm

from app import config
from app.models import Token, UserCreate, UserOut
from app.security import create_token, hash_password, verify_password
from app.store import UserRecord, store

logger = logging.getLogger(__name__)

router = APIRouter(prefix="/auth", tags=["auth"])


@router.post("/signup", response_model=UserOut, status_code=status.HTTP_201_CREATED)
async def signup(body: UserCreate) -> UserOut:
    if store.get_user(body.username) is not None:
        raise HTTPException(status_code=status.HTTP_409_CONFLICT, detail="Username already exists")

    user = UserRecord(username=body.username, password_hash=hash_password(body.password))
    store.add_user(user)
    logger.info("user_signed_up", extra={"username": user.username})
    return UserOut(username=user.username, created_at=user.created_at)


@router.post("/login", response_model=Token)
async def login(form: OAuth2PasswordRequestForm = Depends()) -> Token:
    user = store.get_user(form.username)
    if user is None or not verify_password(form.password, user.password_hash):
        raise HTTPException(
            status_code=status.HTTP_401_UNAUTHORIZED,
            detail="Incorrect username or password",
            headers={"WWW-Authenticate": "Bearer"},
        )
    return Token(access_token=create_token(user.username), expires_in=config.TOKEN_TTL_SECONDS)
