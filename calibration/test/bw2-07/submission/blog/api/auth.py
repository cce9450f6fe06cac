from fastapi import APIRouter, Depends, HTTPException
from fastapi.security import OAuth2PasswordRequestForm

from blog import crud
from blog.database import get_db
from blog.schemas import Token, UserCreate, UserOut
from blog.security import create_token, hash_password, verify_password

router = APIRouter(prefix="/auth", tags=["auth"])


@router.post("/register", response_model=UserOut, status_code=201, summary="Sign up")
async def register(body: UserCreate, db=Depends(get_db)):
    if await crud.get_user_by_username(db, body.username):
        raise HTTPException(status_code=409, detail="Username already taken")
    user = await crud.create_user(db, body.username, await hash_password(body.password))
    return {"id": user.id, "username": user.username}


@router.post("/token", response_model=Token, summary="Log in, get a JWT")
async def login(form: OAuth2PasswordRequestForm = Depends(), db=Depends(get_db)):
    user = await crud.get_user_by_username(db, form.username)
    if user is None or not await verify_password(form.password, user.password_hash):
        raise HTTPException(
            status_code=401,
            detail="Wrong username or password",
            headers={"WWW-Authenticate": "Bearer"},
        )
    return {"access_token": create_token(user.username), "token_type": "bearer"}
