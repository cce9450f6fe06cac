from fastapi import APIRouter, Depends, HTTPException, status
from fastapi.security import OAuth2PasswordRequestForm
from sqlalchemy.ext.asyncio import AsyncSession

from app import repo
from app.auth import CREDENTIALS_ERROR, create_access_token, hash_password, verify_password
from app.db import get_session
from app.schemas import Token, UserCreate, UserOut

router = APIRouter(prefix="/auth", tags=["auth"])


@router.post("/signup", response_model=UserOut, status_code=status.HTTP_201_CREATED)
async def signup(body: UserCreate, session: AsyncSession = Depends(get_session)) -> UserOut:
    if await repo.get_user_by_name(session, body.username) is not None:
        raise HTTPException(status.HTTP_409_CONFLICT, "username taken")
    user = await repo.create_user(session, body.username, hash_password(body.password))
    return UserOut.model_validate(user)


@router.post("/token", response_model=Token)
async def login(
    form: OAuth2PasswordRequestForm = Depends(),
    session: AsyncSession = Depends(get_session),
) -> Token:
    user = await repo.get_user_by_name(session, form.username)
    if user is None or not verify_password(form.password, user.password_hash):
        raise CREDENTIALS_ERROR
    return Token(access_token=create_access_token(user.id))
