from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, status
from fastapi.security import OAuth2PasswordRequestForm

from blog import accounts
from blog_web.fallback import CONFLICT, UNAUTHORIZED, fallback
from blog_web.json import TokenJSON, UserJSON, UserRegistration, render_user
from blog_web.user_auth import Session

router = APIRouter(prefix="/auth", tags=["auth"])


@router.post(
    "/register",
    status_code=status.HTTP_201_CREATED,
    response_model=UserJSON,
    responses=CONFLICT,
    summary="Create an account",
)
async def register(params: UserRegistration, session: Session) -> UserJSON:
    match await accounts.register_user(session, params.username, params.password):
        case ("ok", user):
            return render_user(user)
        case error:
            fallback(error)


@router.post(
    "/token",
    response_model=TokenJSON,
    responses=UNAUTHORIZED,
    summary="Log in (OAuth2 password flow) and get a bearer token",
)
async def log_in(
    form: Annotated[OAuth2PasswordRequestForm, Depends()], session: Session
) -> TokenJSON:
    match await accounts.get_user_by_username_and_password(session, form.username, form.password):
        case None:
            raise HTTPException(
                status_code=status.HTTP_401_UNAUTHORIZED,
                detail="Invalid username or password",
                headers={"WWW-Authenticate": "Bearer"},
            )
        case user:
            token = await accounts.generate_user_session_token(session, user)
            return TokenJSON(access_token=token)
