from typing import Annotated

from fastapi import APIRouter, Depends, status
from fastapi.security import OAuth2PasswordRequestForm

from app.platform.errors import ErrorOut
from app.services.identity.domain import Principal
from app.services.identity.schemas import RegisterIn, TokenOut, UserOut
from app.services.identity.service import IdentityService
from app.wiring import current_principal, identity_service

router = APIRouter(prefix="/api/v1/identity", tags=["identity"])

Identity = Annotated[IdentityService, Depends(identity_service)]


@router.post(
    "/users",
    status_code=status.HTTP_201_CREATED,
    summary="Register a new user",
    responses={409: {"model": ErrorOut, "description": "Username already taken"}},
)
async def register(body: RegisterIn, identity: Identity) -> UserOut:
    user = await identity.register(body.username, body.password)
    return UserOut(id=user.id, username=user.username)


@router.post(
    "/token",
    summary="Exchange username and password for a bearer token",
    responses={401: {"model": ErrorOut, "description": "Bad credentials"}},
)
async def issue_token(form: Annotated[OAuth2PasswordRequestForm, Depends()], identity: Identity) -> TokenOut:
    return TokenOut(access_token=await identity.authenticate(form.username, form.password))


@router.get(
    "/me",
    summary="The authenticated user",
    responses={401: {"model": ErrorOut, "description": "Missing or invalid token"}},
)
async def me(principal: Annotated[Principal, Depends(current_principal)]) -> UserOut:
    return UserOut(id=principal.user_id, username=principal.username)
