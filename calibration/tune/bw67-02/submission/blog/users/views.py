from fastapi import APIRouter, Depends, HTTPException
from fastapi.security import OAuth2PasswordRequestForm
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from blog.db import get_session
from blog.users.auth import check_password, create_access_token, get_current_user, make_password
from blog.users.models import User
from blog.users.schemas import Token, UserCreate, UserOut

router = APIRouter(prefix="/api/auth", tags=["auth"])


@router.post("/register", response_model=UserOut, status_code=201)
async def register(data: UserCreate, session: AsyncSession = Depends(get_session)) -> User:
    existing = await session.scalar(select(User).where(User.username == data.username))
    if existing:
        raise HTTPException(status_code=400, detail="A user with that username already exists.")
    user = User(username=data.username, password=make_password(data.password))
    session.add(user)
    await session.commit()
    return user


@router.post("/login", response_model=Token)
async def login(
    form: OAuth2PasswordRequestForm = Depends(), session: AsyncSession = Depends(get_session)
):
    user = await session.scalar(select(User).where(User.username == form.username))
    if not user or not check_password(form.password, user.password):
        raise HTTPException(status_code=401, detail="Invalid username or password")
    return {"access_token": create_access_token(user), "token_type": "bearer"}


@router.get("/me", response_model=UserOut)
async def me(user: User = Depends(get_current_user)) -> User:
    return user
