from datetime import datetime, timedelta, timezone
from typing import Optional

import jwt
from fastapi import Depends
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from app.config.config import conf
from app.pkg import errcode
from app.pkg.errcode import BizError

bearer = HTTPBearer(auto_error=False)


def gen_token(uid: int) -> str:
    now = datetime.now(tz=timezone.utc)
    claims = {
        "sub": str(uid),
        "iat": now,
        "exp": now + timedelta(hours=conf.jwt_expire_hours),
    }
    return jwt.encode(claims, conf.jwt_secret, algorithm="HS256")


def current_uid(cred: Optional[HTTPAuthorizationCredentials] = Depends(bearer)) -> int:
    if cred is None:
        raise BizError(errcode.UNAUTHORIZED)
    try:
        claims = jwt.decode(cred.credentials, conf.jwt_secret, algorithms=["HS256"])
        return int(claims["sub"])
    except (jwt.PyJWTError, KeyError, ValueError):
        raise BizError(errcode.TOKEN_INVALID)
