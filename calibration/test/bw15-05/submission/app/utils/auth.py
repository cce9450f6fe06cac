from datetime import datetime, timedelta, timezone

import bcrypt
import jwt

from app import config


def hash_password(password):
    return bcrypt.hashpw(password.encode(), bcrypt.gensalt()).decode()


def check_password(password, hashed):
    return bcrypt.checkpw(password.encode(), hashed.encode())


def sign_token(user):
    payload = {
        "id": user["id"],
        "username": user["username"],
        "exp": datetime.now(timezone.utc) + timedelta(days=config.JWT_EXPIRES_IN_DAYS),
    }
    return jwt.encode(payload, config.JWT_SECRET, algorithm="HS256")


def verify_token(token):
    return jwt.decode(token, config.JWT_SECRET, algorithms=["HS256"])
