from datetime import datetime, timedelta

from fastapi import HTTPException, Request

from app.models import PersonalAccessToken
from app.support.facades import Config


async def auth_sanctum(request: Request):
    header = request.headers.get("Authorization", "")
    if not header.startswith("Bearer "):
        raise HTTPException(status_code=401, detail="Unauthenticated.")

    token = PersonalAccessToken.where(token=header[7:]).first()
    if token is None:
        raise HTTPException(status_code=401, detail="Unauthenticated.")

    expiration = Config.get("sanctum.expiration")
    if expiration and token.created_at < datetime.utcnow() - timedelta(minutes=expiration):
        raise HTTPException(status_code=401, detail="Unauthenticated.")

    token.touch()
    request.state.user = token.user
    return token.user
