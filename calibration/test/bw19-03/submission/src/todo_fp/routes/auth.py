from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, status
from fastapi.security import OAuth2PasswordRequestForm

from .. import passwords, store, tokens
from ..deps import Clock, Conn, get_settings
from ..domain import Credentials, TokenView, UserView, user_view
from ..errors import BadCredentials, UsernameTaken, to_http
from ..settings import Settings

router = APIRouter(prefix="/auth", tags=["auth"])


@router.post(
    "/signup",
    status_code=status.HTTP_201_CREATED,
    response_model=UserView,
    summary="Create an account",
    responses={409: {"description": "Username already taken"}},
)
def signup(body: Credentials, conn: Conn) -> UserView:
    match store.insert_user(conn, body.username, passwords.hash_password(body.password)):
        case UsernameTaken() as err:
            raise to_http(err)
        case user:
            return user_view(user)


@router.post(
    "/token",
    response_model=TokenView,
    summary="Log in (OAuth2 password flow) and get an opaque bearer token",
    responses={401: {"description": "Incorrect username or password"}},
)
def login(
    form: Annotated[OAuth2PasswordRequestForm, Depends()],
    conn: Conn,
    clock: Clock,
    settings: Annotated[Settings, Depends(get_settings)],
) -> TokenView:
    user = store.find_user(conn, form.username)
    if user is None or not passwords.verify_password(form.password, user.password_hash):
        raise to_http(BadCredentials())
    token = tokens.new_token()
    store.insert_session(conn, tokens.token_digest(token), user.id, clock() + settings.token_ttl)
    return TokenView(access_token=token, expires_in=int(settings.token_ttl.total_seconds()))
