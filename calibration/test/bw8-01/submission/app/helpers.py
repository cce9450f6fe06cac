"""
Global helpers, like app/helpers.php
"""
import hashlib
import hmac
import secrets
from datetime import datetime, timedelta

import bcrypt
from fastapi import HTTPException

from app.config import config


def abort(code, message=None):
    raise HTTPException(status_code=code, detail=message or "Error")


def hash_password(password):
    rounds = config["auth"]["bcrypt_rounds"]
    return bcrypt.hashpw(password.encode("utf-8"), bcrypt.gensalt(rounds)).decode("utf-8")


def check_password(password, hashed):
    return bcrypt.checkpw(password.encode("utf-8"), hashed.encode("utf-8"))


def hash_token(plain):
    # tokens are 40 random chars so a fast hash is fine here (this is what Sanctum does too)
    return hashlib.sha256(plain.encode("utf-8")).hexdigest()


def hash_equals(known, user):
    return hmac.compare_digest(known, user)


def str_random(length=40):
    return secrets.token_urlsafe(length)[:length]


def token_expires_at():
    minutes = config["auth"]["token_expiration"]
    if not minutes:
        return None
    return datetime.utcnow() + timedelta(minutes=minutes)


def date_to_string(value):
    if value is None:
        return None
    return value.isoformat()


def user_to_array(user):
    # never send the password back ($hidden = ['password'])
    return {
        "id": user.id,
        "username": user.username,
        "created_at": date_to_string(user.created_at),
    }


def todo_to_array(todo):
    return {
        "id": todo.id,
        "title": todo.title,
        "description": todo.description,
        "done": todo.done,
        "created_at": date_to_string(todo.created_at),
        "updated_at": date_to_string(todo.updated_at),
    }


def paginate_meta(total, limit, offset):
    return {
        "total": total,
        "limit": limit,
        "offset": offset,
        "has_more": offset + limit < total,
    }
