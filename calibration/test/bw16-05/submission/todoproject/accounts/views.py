from datetime import timedelta
from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Response, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBasic, HTTPBasicCredentials
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from ..db import get_db
from ..settings import Settings, settings_from_request
from .authentication import CurrentUser, bearer_scheme, create_token, revoke_token
from .hashers import check_password, make_password
from .models import User
from .serializers import TokenSerializer, UserCreateSerializer, UserSerializer

router = APIRouter(prefix="/auth", tags=["auth"])

basic_scheme = HTTPBasic(auto_error=False, description="Username and password, only for POST /auth/login")

DB = Annotated[Session, Depends(get_db)]
ProjectSettings = Annotated[Settings, Depends(settings_from_request)]


@router.post(
    "/register",
    response_model=UserSerializer,
    status_code=status.HTTP_201_CREATED,
    summary="Create an account",
    responses={409: {"description": "Username already taken"}},
)
def register(data: UserCreateSerializer, db: DB, settings: ProjectSettings) -> User:
    user = User(username=data.username, password=make_password(data.password, settings.PASSWORD_HASH_ITERATIONS))
    db.add(user)
    try:
        db.commit()
    except IntegrityError:
        db.rollback()
        raise HTTPException(status.HTTP_409_CONFLICT, "A user with that username already exists.") from None
    return user


@router.post(
    "/login",
    response_model=TokenSerializer,
    summary="Exchange HTTP Basic credentials for a bearer token",
    responses={401: {"description": "Missing or invalid credentials"}},
)
def login(
    credentials: Annotated[HTTPBasicCredentials | None, Depends(basic_scheme)],
    db: DB,
    settings: ProjectSettings,
) -> TokenSerializer:
    invalid = HTTPException(
        status.HTTP_401_UNAUTHORIZED, "Invalid username/password.", headers={"WWW-Authenticate": "Basic"}
    )
    if credentials is None:
        raise invalid
    user = db.scalar(select(User).where(User.username == credentials.username))
    if user is None:
        # Run the hasher once anyway so response time does not reveal whether the user exists.
        make_password(credentials.password, settings.PASSWORD_HASH_ITERATIONS)
        raise invalid
    if not user.is_active or not check_password(credentials.password, user.password):
        raise invalid
    token, instance = create_token(db, user, timedelta(hours=settings.TOKEN_TTL_HOURS))
    return TokenSerializer(access_token=token, expiry=instance.expiry)


@router.post(
    "/logout",
    status_code=status.HTTP_204_NO_CONTENT,
    summary="Revoke the token used for this request",
    responses={401: {"description": "Not authenticated"}},
)
def logout(
    _user: CurrentUser,
    credentials: Annotated[HTTPAuthorizationCredentials, Depends(bearer_scheme)],
    db: DB,
) -> Response:
    revoke_token(db, credentials.credentials)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.get("/me", response_model=UserSerializer, summary="The authenticated user")
def me(user: CurrentUser) -> User:
    return user
