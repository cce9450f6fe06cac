from fastapi import Depends, HTTPException, Request

from app.Services.auth_service import AuthService
from config.database import get_db


def auth_user(request: Request, db=Depends(get_db)):
    header = request.headers.get("Authorization")
    if not header:
        raise HTTPException(status_code=401, detail="Unauthenticated.")

    token = header.replace("Bearer ", "")
    try:
        user = AuthService(db).user_from_token(token)
    except Exception:
        raise HTTPException(status_code=401, detail="Unauthenticated.")

    if not user:
        raise HTTPException(status_code=401, detail="Unauthenticated.")
    return user
