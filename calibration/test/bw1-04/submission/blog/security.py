from datetime import datetime, timedelta, timezone

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from jose import JWTError, jwt

# argon2-cffi defaults follow RFC 9106's recommendations.
_hasher = PasswordHasher()


def hash_password(raw_password: str) -> str:
    return _hasher.hash(raw_password)


def check_password(raw_password: str, encoded: str) -> bool:
    try:
        return _hasher.verify(encoded, raw_password)
    except (VerificationError, InvalidHashError):
        return False


def create_access_token(subject: str, secret: str, algorithm: str, minutes: int) -> str:
    now = datetime.now(timezone.utc)
    claims = {"sub": subject, "iat": now, "exp": now + timedelta(minutes=minutes)}
    return jwt.encode(claims, secret, algorithm=algorithm)


def decode_access_token(token: str, secret: str, algorithm: str) -> str | None:
    try:
        claims = jwt.decode(token, secret, algorithms=[algorithm])
    except JWTError:
        return None
    subject = claims.get("sub")
    return subject if isinstance(subject, str) else None
