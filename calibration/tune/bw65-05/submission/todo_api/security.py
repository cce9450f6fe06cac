from datetime import datetime, timedelta, timezone

import anyio.to_thread
import bcrypt
import jwt

from todo_api.settings import Settings

# Checked against when the username does not exist, so an unknown user costs the same
# bcrypt work as a wrong password and response times don't reveal which usernames exist.
_DUMMY_HASH = bcrypt.hashpw(b"timing-equaliser", bcrypt.gensalt())


async def hash_password(password: str, rounds: int) -> str:
    def _hash() -> bytes:
        return bcrypt.hashpw(password.encode(), bcrypt.gensalt(rounds))

    # bcrypt is CPU bound: run it in a worker thread, never on the event loop
    hashed = await anyio.to_thread.run_sync(_hash)
    return hashed.decode()


async def verify_password(password: str, password_hash: str | None) -> bool:
    target = password_hash.encode() if password_hash else _DUMMY_HASH
    matches = await anyio.to_thread.run_sync(bcrypt.checkpw, password.encode(), target)
    return matches and password_hash is not None


def create_access_token(subject: str, settings: Settings) -> str:
    now = datetime.now(timezone.utc)
    claims = {
        "sub": subject,
        "iat": now,
        "exp": now + timedelta(minutes=settings.access_token_ttl_minutes),
    }
    return jwt.encode(
        claims, settings.jwt_secret.get_secret_value(), algorithm=settings.jwt_algorithm
    )


def decode_access_token(token: str, settings: Settings) -> str | None:
    """Returns the user id from a valid token, None for anything invalid or expired."""
    try:
        claims = jwt.decode(
            token,
            settings.jwt_secret.get_secret_value(),
            algorithms=[settings.jwt_algorithm],
            options={"require": ["sub", "exp"]},
        )
    except jwt.InvalidTokenError:
        return None
    subject = claims.get("sub")
    return subject if isinstance(subject, str) else None
