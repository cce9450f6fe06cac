from fastapi import APIRouter, Depends, HTTPException, status
from fastapi.security import OAuth2PasswordRequestForm
from sqlalchemy.orm import Session

from ..database import get_db
from ..models import User
from ..schemas import ErrorSchema, TokenSchema, UserCreateSchema, UserSchema
from ..security import create_access_token, get_current_user, hash_password, verify_password

bp = APIRouter(prefix="/auth", tags=["auth"])


@bp.post(
    "/register",
    response_model=UserSchema,
    status_code=status.HTTP_201_CREATED,
    summary="Create an account",
    responses={409: {"model": ErrorSchema, "description": "Username already taken"}},
)
def register(payload: UserCreateSchema, db: Session = Depends(get_db)):
    if db.query(User).filter_by(username=payload.username).first() is not None:
        raise HTTPException(status_code=status.HTTP_409_CONFLICT, detail="Username already taken")

    user = User(username=payload.username, password_hash=hash_password(payload.password))
    db.add(user)
    db.commit()
    db.refresh(user)
    return user


@bp.post(
    "/token",
    response_model=TokenSchema,
    summary="Log in (OAuth2 password flow) and get a bearer token",
    responses={401: {"model": ErrorSchema, "description": "Bad username or password"}},
)
def login(form: OAuth2PasswordRequestForm = Depends(), db: Session = Depends(get_db)):
    user = db.query(User).filter_by(username=form.username).first()
    if user is None or not verify_password(form.password, user.password_hash):
        raise HTTPException(
            status_code=status.HTTP_401_UNAUTHORIZED,
            detail="Incorrect username or password",
            headers={"WWW-Authenticate": "Bearer"},
        )
    return TokenSchema(access_token=create_access_token(user.id))


@bp.get(
    "/me",
    response_model=UserSchema,
    summary="The currently logged-in user",
    responses={401: {"model": ErrorSchema}},
)
def me(current_user: User = Depends(get_current_user)):
    return current_user
