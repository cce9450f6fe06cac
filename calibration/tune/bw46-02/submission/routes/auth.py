from fastapi import APIRouter, Depends, HTTPException
from fastapi.security import OAuth2PasswordRequestForm
from sqlmodel import Session, select

from auth import create_access_token, get_current_user, hash_password, verify_password
from database import get_session
from models import User
from schemas import ApiResponse, AuthorOut, TokenResponse, UserCreate
from utils.shape import format_author

router = APIRouter(prefix="/auth", tags=["Auth"])

COLORS = ["#6366f1", "#ec4899", "#14b8a6", "#f59e0b", "#8b5cf6", "#ef4444"]


@router.post("/signup", status_code=201, summary="Create an account")
async def signup(user: UserCreate, session: Session = Depends(get_session)):
    existing = session.exec(select(User).where(User.username == user.username)).first()
    if existing:
        raise HTTPException(status_code=400, detail="Username already taken")

    db_user = User(
        username=user.username,
        hashed_password=hash_password(user.password),
        avatar_color=COLORS[len(user.username) % len(COLORS)],
    )
    session.add(db_user)
    session.commit()
    session.refresh(db_user)

    return {"success": True, "message": "Account created! You can now log in.", "data": db_user.model_dump()}


@router.post("/login", response_model=TokenResponse, summary="Log in and get a token")
async def login(form_data: OAuth2PasswordRequestForm = Depends(), session: Session = Depends(get_session)):
    user = session.exec(select(User).where(User.username == form_data.username)).first()
    if not user or not verify_password(form_data.password, user.hashed_password):
        raise HTTPException(status_code=401, detail="Incorrect username or password")

    token = create_access_token({"sub": user.username})
    return {"accessToken": token, "tokenType": "bearer", "user": format_author(user)}


@router.get("/me", response_model=ApiResponse[AuthorOut], summary="Who am I")
async def me(current_user: User = Depends(get_current_user)):
    return {"success": True, "data": format_author(current_user)}
