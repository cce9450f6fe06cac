from fastapi import APIRouter, Depends, HTTPException
from fastapi.security import OAuth2PasswordRequestForm
from sqlalchemy.orm import Session

from app.config import settings
from app.database import get_db
from app.http.auth import create_token
from app.http.requests import RegisterRequest
from app.http.resources import TokenResource, UserResource
from app.models import User
from app.support.hash import Hash

router = APIRouter(prefix="/auth", tags=["auth"])


@router.post("/register", response_model=UserResource, status_code=201)
def register(request: RegisterRequest, db: Session = Depends(get_db)):
    if db.query(User).filter(User.username == request.username).first():
        raise HTTPException(status_code=422, detail="The username has already been taken.")

    user = User(username=request.username, password=Hash.make(request.password))
    db.add(user)
    db.commit()
    db.refresh(user)
    return user


@router.post("/login", response_model=TokenResource)
def login(form: OAuth2PasswordRequestForm = Depends(), db: Session = Depends(get_db)):
    user = db.query(User).filter(User.username == form.username).first()
    if not user or not Hash.check(form.password, user.password):
        raise HTTPException(status_code=401, detail="These credentials do not match our records.")

    return {
        "access_token": create_token(user),
        "token_type": "bearer",
        "expires_in": settings.jwt_ttl_minutes * 60,
    }
