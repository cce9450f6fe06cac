from fastapi import APIRouter, Depends, HTTPException

from app.helpers import users as users_helper
from app.schemas import Credentials, TokenOut, UserOut
from app.security import sign_token
from app.store import get_redis

router = APIRouter(prefix="/auth", tags=["auth"])


@router.post("/signup", response_model=UserOut, status_code=201)
async def signup(body: Credentials, r=Depends(get_redis)):
    user = await users_helper.create_user(r, body.username, body.password)
    if not user:
        raise HTTPException(status_code=409, detail="Username already taken")
    return user


@router.post("/login", response_model=TokenOut)
async def login(body: Credentials, r=Depends(get_redis)):
    user = await users_helper.authenticate(r, body.username, body.password)
    if not user:
        raise HTTPException(status_code=401, detail="Wrong username or password")
    return {"access_token": sign_token(user["id"], user["username"])}
