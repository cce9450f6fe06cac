"""
Authentication primitives.

Password storage
----------------
Passwords are hashed with scrypt [1]_, a memory-hard key-derivation function
available in the standard library (:func:`hashlib.scrypt`). The parameters
(N = 2**14, r = 8, p = 1) follow the interactive-login recommendation of the
original paper and cost roughly 16 MiB and 50 ms per hash on a laptop. Every
password receives a fresh 16-byte random salt.

The stored representation is ``scrypt$N$r$p$salt_hex$hash_hex`` so that the
parameters can be raised later without invalidating existing hashes.

Tokens
------
Access tokens are JSON Web Tokens signed with HMAC-SHA256 (RFC 7519). The
subject claim (``sub``) carries the user id.

References
----------
.. [1] C. Percival, "Stronger key derivation via sequential memory-hard
   functions", BSDCan 2009.
"""

from __future__ import annotations

import hashlib
import hmac
import os
from datetime import datetime, timedelta, timezone

import jwt

from .config import settings

SCRYPT_N: int = 2**14
SCRYPT_R: int = 8
SCRYPT_P: int = 1
SALT_BYTES: int = 16
KEY_BYTES: int = 32
JWT_ALGORITHM: str = "HS256"


def hash_password(password: str) -> str:
    """
    Derive a storable hash from a plaintext password.

    Parameters
    ----------
    password : str
        The plaintext password.

    Returns
    -------
    str
        Encoded hash, including algorithm parameters and salt.
    """
    salt = os.urandom(SALT_BYTES)
    key = hashlib.scrypt(
        password.encode("utf-8"), salt=salt, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P, dklen=KEY_BYTES
    )
    return f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${salt.hex()}${key.hex()}"


def verify_password(password: str, encoded: str) -> bool:
    """
    Check a plaintext password against an encoded hash.

    The comparison is constant-time (:func:`hmac.compare_digest`) to avoid
    leaking, through timing, how many leading bytes matched.

    Parameters
    ----------
    password : str
        Candidate plaintext password.
    encoded : str
        Value previously produced by :func:`hash_password`.

    Returns
    -------
    bool
        ``True`` if and only if the password matches.
    """
    try:
        _, n, r, p, salt_hex, key_hex = encoded.split("$")
        salt = bytes.fromhex(salt_hex)
        expected = bytes.fromhex(key_hex)
    except ValueError:
        return False
    key = hashlib.scrypt(
        password.encode("utf-8"), salt=salt, n=int(n), r=int(r), p=int(p), dklen=len(expected)
    )
    return hmac.compare_digest(key, expected)


def create_access_token(user_id: int, ttl: timedelta | None = None) -> str:
    """
    Issue a signed access token for ``user_id``.

    Parameters
    ----------
    user_id : int
        Primary key of the authenticated user.
    ttl : datetime.timedelta, optional
        Lifetime of the token; defaults to ``settings.token_ttl_minutes``.

    Returns
    -------
    str
        The compact JWS serialisation of the token.
    """
    now = datetime.now(timezone.utc)
    ttl = ttl if ttl is not None else timedelta(minutes=settings.token_ttl_minutes)
    payload = {"sub": str(user_id), "iat": now, "exp": now + ttl}
    return jwt.encode(payload, settings.secret_key, algorithm=JWT_ALGORITHM)


def decode_access_token(token: str) -> int | None:
    """
    Validate a token and extract the user id.

    Parameters
    ----------
    token : str
        Token presented by the client.

    Returns
    -------
    int or None
        The user id, or ``None`` if the token is malformed, has an invalid
        signature, or has expired.
    """
    try:
        payload = jwt.decode(token, settings.secret_key, algorithms=[JWT_ALGORITHM])
        return int(payload["sub"])
    except (jwt.PyJWTError, KeyError, ValueError):
        return None
