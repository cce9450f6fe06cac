"""
auth:sanctum middleware, as a FastAPI dependency.

Token format is "<token id>|<plain text>", the same as Sanctum.
"""
from datetime import datetime

from fastapi import Depends
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy.orm import Session

from app.database import get_db
from app.helpers import abort, hash_equals, hash_token
from app.models import PersonalAccessToken

bearer = HTTPBearer(auto_error=False)


async def auth_sanctum(
    credentials: HTTPAuthorizationCredentials = Depends(bearer),
    db: Session = Depends(get_db),
):
    if credentials is None or not credentials.credentials:
        abort(401, "Unauthenticated.")

    plain = credentials.credentials
    if "|" not in plain:
        abort(401, "Unauthenticated.")

    token_id, token_value = plain.split("|", 1)

    access_token = db.query(PersonalAccessToken).filter(PersonalAccessToken.id == token_id).first()
    if access_token is None:
        abort(401, "Unauthenticated.")

    if not hash_equals(access_token.token, hash_token(token_value)):
        abort(401, "Unauthenticated.")

    if access_token.expires_at is not None and access_token.expires_at < datetime.utcnow():
        abort(401, "Token expired.")

    access_token.last_used_at = datetime.utcnow()
    db.commit()

    return access_token.user
