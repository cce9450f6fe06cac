import secrets

from passlib.hash import bcrypt

from app.models import User


def hash_password(password):
    return bcrypt.hash(password)


def check_password(password, hashed):
    return bcrypt.verify(password, hashed)


def new_token():
    return secrets.token_hex(40)


def user(request):
    """Like auth()->user(): the user owning the bearer token, or None."""
    header = request.headers.get("Authorization", "")
    if not header.startswith("Bearer "):
        return None
    token = header[7:]
    if not token:
        return None
    return User.get_or_none(User.api_token == token)
