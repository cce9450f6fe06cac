from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Request, status
from fastapi.security import OAuth2PasswordRequestForm

from blog.api.dependencies import Accounts
from blog.schemas import SignUp, TokenView, UserView

router = APIRouter(prefix="/auth", tags=["auth"])


@router.post("/register", status_code=status.HTTP_201_CREATED, response_model=UserView)
async def register(body: SignUp, accounts: Accounts) -> UserView:
    return UserView.model_validate(await accounts.sign_up(body.username, body.password))


@router.post("/token", response_model=TokenView)
async def token(
    request: Request, form: Annotated[OAuth2PasswordRequestForm, Depends()], accounts: Accounts
) -> TokenView:
    access_token = await accounts.issue_token(form.username, form.password)
    return TokenView(
        access_token=access_token, expires_in=request.app.state.settings.jwt_ttl_seconds
    )
