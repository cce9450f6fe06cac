from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, status
from fastapi.security import OAuth2PasswordRequestForm
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from blog.deps import SessionDep, SettingsDep
from blog.models import User
from blog.schemas import AuthorNode, ErrorOut, Token, UserCreate
from blog.security import create_access_token, hash_password, verify_password

router = APIRouter(prefix="/auth", tags=["auth"])


@router.post(
    "/register",
    status_code=status.HTTP_201_CREATED,
    response_model=AuthorNode,
    responses={409: {"model": ErrorOut, "description": "Username already taken"}},
    summary="Create an account",
)
async def register(payload: UserCreate, session: SessionDep) -> AuthorNode:
    existing = await session.scalar(select(User.id).where(User.username == payload.username))
    if existing is not None:
        raise HTTPException(status.HTTP_409_CONFLICT, detail="Username already taken")

    user = User(username=payload.username, password_hash=await hash_password(payload.password))
    session.add(user)
    try:
        await session.commit()
    except IntegrityError:
        await session.rollback()
        raise HTTPException(status.HTTP_409_CONFLICT, detail="Username already taken") from None
    return AuthorNode.model_validate(user)


@router.post(
    "/token",
    response_model=Token,
    responses={401: {"model": ErrorOut, "description": "Wrong username or password"}},
    summary="Log in (OAuth2 password flow) and get a bearer token",
)
async def login(
    form: Annotated[OAuth2PasswordRequestForm, Depends()],
    session: SessionDep,
    settings: SettingsDep,
) -> Token:
    user = await session.scalar(select(User).where(User.username == form.username))
    password_hash = user.password_hash if user is not None else None
    if user is None or not await verify_password(password_hash, form.password):
        raise HTTPException(
            status.HTTP_401_UNAUTHORIZED,
            detail="Incorrect username or password",
            headers={"WWW-Authenticate": "Bearer"},
        )
    return Token(access_token=create_access_token(user.id, settings))
