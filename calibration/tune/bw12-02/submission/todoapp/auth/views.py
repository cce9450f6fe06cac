from fastapi import Depends, HTTPException, Request
from fastapi.security import OAuth2PasswordRequestForm

from ..extensions import db
from ..models import User
from ..schemas import Token, UserCreate, UserOut
from . import bp
from .utils import generate_token, get_current_user


@bp.post("/register", status_code=201, response_model=UserOut, summary="Create an account")
async def register(payload: UserCreate):
    if db.session.query(User).filter_by(username=payload.username).first() is not None:
        raise HTTPException(status_code=409, detail="Username is already taken")

    user = User(username=payload.username)
    user.set_password(payload.password)
    db.session.add(user)
    db.session.commit()
    return user.to_dict()


@bp.post(
    "/login",
    response_model=Token,
    summary="Log in (OAuth2 password flow)",
    responses={401: {"description": "Wrong username or password"}},
)
async def login(request: Request, form: OAuth2PasswordRequestForm = Depends()):
    user = db.session.query(User).filter_by(username=form.username).first()
    if user is None or not user.check_password(form.password):
        raise HTTPException(
            status_code=401,
            detail="Wrong username or password",
            headers={"WWW-Authenticate": "Bearer"},
        )
    return {"access_token": generate_token(request.app.state.config, user), "token_type": "bearer"}


@bp.get("/me", response_model=UserOut, summary="Who am I")
async def me(user=Depends(get_current_user)):
    return user.to_dict()
