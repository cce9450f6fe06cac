import hashlib
import secrets

from fastapi import HTTPException, Request

from todoapp import settings
from todoapp.db import SessionLocal
from todoapp.models import Token, User


def make_password(password):
    # salted with the SECRET_KEY, same idea as the old django sha1 hasher
    return hashlib.sha256((settings.SECRET_KEY + password).encode()).hexdigest()


def check_password(password, hashed):
    return make_password(password) == hashed


def get_or_create_token(db, user):
    token = db.query(Token).filter(Token.user_id == user.id).first()
    if token:
        return token.key
    token = Token(key=secrets.token_hex(20), user_id=user.id)
    db.add(token)
    db.commit()
    return token.key


async def get_current_user(request: Request):
    """Authorization: Token <key>, like DRF's TokenAuthentication."""
    header = request.headers.get("Authorization", "")
    if not header.startswith("Token "):
        raise HTTPException(status_code=403, detail="Authentication credentials were not provided.")
    key = header[6:]
    db = SessionLocal()
    token = db.query(Token).filter(Token.key == key).first()
    if not token:
        raise HTTPException(status_code=403, detail="Invalid token.")
    user = db.query(User).get(token.user_id)
    db.close()
    return user
