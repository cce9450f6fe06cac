from fastapi import Header, HTTPException

from app.models.user import PersonalAccessToken, User


def auth_sanctum(authorization: str = Header(None)):
    """Works like Laravel Sanctum's auth:sanctum middleware."""
    if not authorization or not authorization.startswith("Bearer "):
        raise HTTPException(status_code=401, detail="Unauthenticated.")
    token = authorization[7:]
    access_token = PersonalAccessToken.get_or_none(PersonalAccessToken.token == token)
    if access_token is None:
        raise HTTPException(status_code=401, detail="Unauthenticated.")
    return User.get_by_id(access_token.user_id)
