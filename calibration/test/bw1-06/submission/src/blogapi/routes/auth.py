from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, status
from fastapi.security import OAuth2PasswordRequestForm
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from blogapi.config import Settings, get_settings
from blogapi.db import get_session
from blogapi.models import User
from blogapi.schemas import Message, RegisterIn, TokenOut, UserOut
from blogapi.security import create_access_token, hash_password, verify_password

router = APIRouter(prefix="/auth", tags=["auth"])

Session = Annotated[AsyncSession, Depends(get_session)]


@router.post(
    "/register",
    status_code=status.HTTP_201_CREATED,
    summary="Register a new user",
    responses={409: {"model": Message}},
)
async def register(body: RegisterIn, session: Session) -> UserOut:
    user = User(username=body.username, password_hash=await hash_password(body.password))
    session.add(user)
    try:
        await session.commit()
    except IntegrityError:
        await session.rollback()
        raise HTTPException(status.HTTP_409_CONFLICT, "Username already taken") from None
    return UserOut.model_validate(user)


@router.post("/token", summary="Log in (OAuth2 password flow)", responses={401: {"model": Message}})
async def login(
    form: Annotated[OAuth2PasswordRequestForm, Depends()],
    session: Session,
    settings: Annotated[Settings, Depends(get_settings)],
) -> TokenOut:
    user = await session.scalar(select(User).where(User.username == form.username))
    if user is None or not await verify_password(form.password, user.password_hash):
        raise HTTPException(
            status.HTTP_401_UNAUTHORIZED,
            "Incorrect username or password",
            headers={"WWW-Authenticate": "Bearer"},
        )
    return TokenOut(access_token=create_access_token(user, settings))
