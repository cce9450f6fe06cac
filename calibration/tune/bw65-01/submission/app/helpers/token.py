import time

import jwt

from app.config import JWT_SECRET, JWT_EXPIRES_IN


def sign(payload):
    data = {**payload, "exp": int(time.time()) + JWT_EXPIRES_IN}
    return jwt.encode(data, JWT_SECRET, algorithm="HS256")


def verify(token):
    try:
        return jwt.decode(token, JWT_SECRET, algorithms=["HS256"])
    except Exception:
        return None
