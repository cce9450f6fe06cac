from fastapi import APIRouter, Depends, HTTPException, status
from sqlalchemy.orm import Session

from blog.auth import check_password, create_access_token, make_password
from blog.database import get_db
from blog.models import User
from blog.permissions import IsAuthenticated
from blog.serializers import (
    RegisterSerializer,
    TokenObtainSerializer,
    TokenSerializer,
    UserSerializer,
)

router = APIRouter()


@router.post("/register/", response_model=UserSerializer, status_code=status.HTTP_201_CREATED)
async def register(data: RegisterSerializer, db: Session = Depends(get_db)):
    if db.query(User).filter(User.username == data.username).first():
        raise HTTPException(
            status_code=status.HTTP_400_BAD_REQUEST,
            detail={"username": ["A user with that username already exists."]},
        )
    user = User(username=data.username, password=make_password(data.password))
    db.add(user)
    db.commit()
    db.refresh(user)
    return user


@router.post("/token/", response_model=TokenSerializer)
async def obtain_token(data: TokenObtainSerializer, db: Session = Depends(get_db)):
    user = db.query(User).filter(User.username == data.username).first()
    if user is None or not check_password(data.password, user.password):
        raise HTTPException(
            status_code=status.HTTP_401_UNAUTHORIZED,
            detail="No active account found with the given credentials",
        )
    return {"access": create_access_token(user), "token_type": "bearer"}


@router.get("/me/", response_model=UserSerializer)
async def me(user: User = Depends(IsAuthenticated())):
    return user
