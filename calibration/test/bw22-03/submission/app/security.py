"""Password hashing with stdlib scrypt, and opaque bearer tokens.

Tokens are random and stored only as a SHA-256 digest, so a copy of the database
does not hand out sessions. Unlike JWTs they can be revoked, and there is no
signing key to configure.
"""

import hashlib
import hmac
import secrets

# OWASP's minimum scrypt parameters: N=2^14 (16 MiB), r=8, p=1.
_N, _R, _P = 2**14, 8, 1


def hash_password(password: str) -> str:
    salt = secrets.token_bytes(16)
    key = hashlib.scrypt(password.encode(), salt=salt, n=_N, r=_R, p=_P)
    return f"scrypt${_N}${_R}${_P}${salt.hex()}${key.hex()}"


def verify_password(password: str, encoded: str) -> bool:
    _, n, r, p, salt, key = encoded.split("$")
    candidate = hashlib.scrypt(
        password.encode(), salt=bytes.fromhex(salt), n=int(n), r=int(r), p=int(p)
    )
    return hmac.compare_digest(candidate, bytes.fromhex(key))


# Verified against when the username doesn't exist, so both failures cost the same.
DUMMY_HASH = hash_password(secrets.token_urlsafe())


def new_token() -> str:
    return secrets.token_urlsafe(32)


def token_digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()
