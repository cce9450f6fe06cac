import uuid
from datetime import datetime, timedelta, timezone
from typing import Annotated

import jwt
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from fastapi import Depends, HTTPException, status
from fastapi.security import OAuth2PasswordBearer
from sqlalchemy.orm import Session

from todo_service.config import get_settings
from todo_service.db import get_session
from todo_service.models import User

oauth2_scheme = OAuth2PasswordBearer(tokenUrl="/auth/token")

_settings = get_settings()
_hasher = PasswordHasher(
    time_cost=_settings.argon2_time_cost,
    memory_cost=_settings.argon2_memory_cost_kib,
    parallelism=_settings.argon2_parallelism,
)

# Verified against when the username does not exist, so that an unknown user and a wrong
# password cost the same Argon2 work and cannot be told apart by response time.
_DUMMY_HASH = _hasher.hash(uuid.uuid4().hex)

_JWT_ALGORITHM = "HS256"


def hash_password(plain: str) -> str:
    return _hasher.hash(plain)


def verify_password(plain: str, stored_hash: str | None) -> bool:
    target = stored_hash if stored_hash is not None else _DUMMY_HASH
    try:
        matched = _hasher.verify(target, plain)
    except (VerificationError, InvalidHashError):
        matched = False
    return matched and stored_hash is not None


def create_access_token(user_id: int) -> tuple[str, int]:
    now = datetime.now(timezone.utc)
    ttl = _settings.access_token_ttl_seconds
    claims = {
        "sub": str(user_id),
        "iat": now,
        "nbf": now,
        "exp": now + timedelta(seconds=ttl),
        "iss": _settings.jwt_issuer,
        "aud": _settings.jwt_audience,
        "jti": uuid.uuid4().hex,
    }
    return jwt.encode(claims, _settings.jwt_secret, algorithm=_JWT_ALGORITHM), ttl


def _credentials_error() -> HTTPException:
    return HTTPException(
        status_code=status.HTTP_401_UNAUTHORIZED,
        detail="Could not validate credentials",
        headers={"WWW-Authenticate": "Bearer"},
    )


def get_current_user(
    token: Annotated[str, Depends(oauth2_scheme)],
    session: Annotated[Session, Depends(get_session)],
) -> User:
    try:
        claims = jwt.decode(
            token,
            _settings.jwt_secret,
            algorithms=[_JWT_ALGORITHM],
            audience=_settings.jwt_audience,
            issuer=_settings.jwt_issuer,
            options={"require": ["exp", "iat", "nbf", "sub", "iss", "aud"]},
        )
        user_id = int(claims["sub"])
    except (jwt.InvalidTokenError, ValueError):
        raise _credentials_error() from None

    user = session.get(User, user_id)
    if user is None:
        raise _credentials_error()
    return user


CurrentUser = Annotated[User, Depends(get_current_user)]
