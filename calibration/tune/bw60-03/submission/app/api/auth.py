from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, status
from fastapi.security import OAuth2PasswordRequestForm

from app.api.deps import Users
from app.domain.models import SignUp, TokenOut, User, UserOut
from app.security import check_password, hash_password, issue_token

router = APIRouter(prefix="/auth", tags=["auth"])


@router.post("/signup", status_code=status.HTTP_201_CREATED, response_model=UserOut)
async def signup(body: SignUp, users: Users) -> User:
    if await users.by_username(body.username):
        raise HTTPException(status.HTTP_409_CONFLICT, "username taken")
    user = User(username=body.username, password_hash=await hash_password(body.password))
    return await users.insert(user)


@router.post("/login", response_model=TokenOut)
async def login(form: Annotated[OAuth2PasswordRequestForm, Depends()], users: Users) -> TokenOut:
    user = await users.by_username(form.username)
    if user is None or not await check_password(form.password, user.password_hash):
        raise HTTPException(
            status.HTTP_401_UNAUTHORIZED,
            "bad credentials",
            headers={"WWW-Authenticate": "Bearer"},
        )
    assert user.id is not None
    return TokenOut(access_token=issue_token(user.id))
