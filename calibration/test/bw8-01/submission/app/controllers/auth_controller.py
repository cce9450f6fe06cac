from fastapi import APIRouter, Depends
from fastapi.responses import JSONResponse
from sqlalchemy.orm import Session

from app.database import get_db
from app.helpers import (
    abort,
    check_password,
    hash_password,
    hash_token,
    str_random,
    token_expires_at,
    user_to_array,
)
from app.middleware.auth import auth_sanctum
from app.models import PersonalAccessToken, User
from app.requests import LoginRequest, RegisterRequest

router = APIRouter(prefix="/api/auth", tags=["auth"])


@router.post("/register", status_code=201, name="auth.register")
async def register(request: RegisterRequest, db: Session = Depends(get_db)):
    """
    Create a new account. Returns the user (without the password).
    """
    existing = db.query(User).filter(User.username == request.username).first()
    if existing:
        return JSONResponse(
            status_code=422,
            content={
                "message": "The given data was invalid.",
                "errors": {"username": ["The username has already been taken."]},
            },
        )

    user = User(username=request.username, password=hash_password(request.password))
    db.add(user)
    db.commit()
    db.refresh(user)

    return JSONResponse(status_code=201, content={"data": user_to_array(user)})


@router.post("/login", name="auth.login")
async def login(request: LoginRequest, db: Session = Depends(get_db)):
    """
    Log in with username + password. Returns a bearer token.

    Send it back as `Authorization: Bearer <token>` on every /api/todos call.
    """
    user = db.query(User).filter(User.username == request.username).first()

    if not user or not check_password(request.password, user.password):
        abort(401, "These credentials do not match our records.")

    plain = str_random(40)
    token = PersonalAccessToken(
        user_id=user.id,
        name="api",
        token=hash_token(plain),
        expires_at=token_expires_at(),
    )
    db.add(token)
    db.commit()
    db.refresh(token)

    return {
        "access_token": f"{token.id}|{plain}",
        "token_type": "bearer",
        "expires_at": token.expires_at.isoformat() if token.expires_at else None,
    }


@router.post("/logout", name="auth.logout")
async def logout(user=Depends(auth_sanctum), db: Session = Depends(get_db)):
    """
    Revoke all tokens of the current user.
    """
    db.query(PersonalAccessToken).filter(PersonalAccessToken.user_id == user.id).delete()
    db.commit()
    return {"message": "Logged out."}


@router.get("/me", name="auth.me")
async def me(user=Depends(auth_sanctum)):
    """
    The currently logged in user.
    """
    return {"data": user_to_array(user)}
