from fastapi import Depends, HTTPException, Request
from fastapi.security import OAuth2PasswordBearer
from itsdangerous import BadSignature, URLSafeTimedSerializer

from ..extensions import db
from ..models import User

oauth2_scheme = OAuth2PasswordBearer(tokenUrl="/auth/login")

CREDENTIALS_ERROR = HTTPException(
    status_code=401,
    detail="Invalid or expired token",
    headers={"WWW-Authenticate": "Bearer"},
)


def _serializer(config):
    return URLSafeTimedSerializer(config["SECRET_KEY"], salt="todo-auth-token")


def generate_token(config, user):
    return _serializer(config).dumps({"uid": user.id})


async def get_current_user(request: Request, token: str = Depends(oauth2_scheme)):
    config = request.app.state.config
    try:
        data = _serializer(config).loads(token, max_age=config["TOKEN_MAX_AGE"])
    except BadSignature:  # also covers SignatureExpired
        raise CREDENTIALS_ERROR

    user = db.session.get(User, data.get("uid"))
    if user is None:
        raise CREDENTIALS_ERROR
    return user
