from __future__ import annotations

from datetime import timedelta

import peewee as pw
from fastapi import APIRouter, HTTPException, Response, status

from todo_service.deps import CurrentKey, CurrentUser, SettingsDep
from todo_service.models import ApiKey, User, db, utcnow
from todo_service.schemas import ApiKeyOut, LoginIn, SignupIn, UserOut
from todo_service.security import (
    burn_password_check,
    check_password,
    digest_api_key,
    hash_password,
    new_api_key,
)

router = APIRouter(prefix="/auth", tags=["auth"])


@router.post("/signup", status_code=status.HTTP_201_CREATED, response_model=UserOut, summary="Create an account")
def signup(body: SignupIn, settings: SettingsDep) -> User:
    password_hash = hash_password(body.password, settings.bcrypt_rounds)
    try:
        with db.atomic():
            return User.create(username=body.username, password_hash=password_hash)
    except pw.IntegrityError:
        raise HTTPException(status.HTTP_409_CONFLICT, "username already taken") from None


@router.post("/login", response_model=ApiKeyOut, summary="Exchange credentials for an API key")
def login(body: LoginIn, settings: SettingsDep) -> ApiKeyOut:
    user = User.get_or_none(User.username == body.username)
    if user is None:
        burn_password_check(body.password, settings.bcrypt_rounds)
        ok = False
    else:
        ok = check_password(body.password, user.password_hash)
    if not ok:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid username or password")

    key = new_api_key()
    expires_at = utcnow() + timedelta(hours=settings.api_key_ttl_hours)
    ApiKey.create(user=user, digest=digest_api_key(key), expires_at=expires_at)
    return ApiKeyOut(api_key=key, expires_at=expires_at)


@router.post("/logout", status_code=status.HTTP_204_NO_CONTENT, summary="Revoke the key used for this call")
def logout(api_key: CurrentKey) -> Response:
    api_key.delete_instance()
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.get("/me", response_model=UserOut, summary="Who am I")
def me(user: CurrentUser) -> User:
    return user
