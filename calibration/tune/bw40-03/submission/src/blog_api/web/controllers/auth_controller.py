from typing import Annotated

from fastapi import APIRouter, Depends, status
from fastapi.security import OAuth2PasswordRequestForm

from blog_api import accounts
from blog_api.result import Err, Ok
from blog_api.web.fallback import responses, to_http
from blog_api.web.params import RegisterParams
from blog_api.web.plugs import SessionDep
from blog_api.web.views import TokenView, UserView

router = APIRouter(prefix="/auth", tags=["auth"])


@router.post(
    "/register",
    status_code=status.HTTP_201_CREATED,
    response_model=UserView,
    summary="Create an account",
    responses=responses(409),
)
async def register(params: RegisterParams, session: SessionDep) -> UserView:
    match await accounts.register(
        session, username=params.username, plain_password=params.password
    ):
        case Ok(user):
            return UserView.model_validate(user)
        case Err(reason):
            raise to_http(reason)


@router.post(
    "/token",
    response_model=TokenView,
    summary="Log in (OAuth2 password flow) and receive a bearer token",
    responses=responses(401),
)
async def token(
    form: Annotated[OAuth2PasswordRequestForm, Depends()], session: SessionDep
) -> TokenView:
    match await accounts.authenticate(
        session, username=form.username, plain_password=form.password
    ):
        case Ok(user):
            return TokenView(
                access_token=accounts.issue_token(user),
                expires_in=accounts.token_ttl_seconds(),
            )
        case Err(reason):
            raise to_http(reason)
