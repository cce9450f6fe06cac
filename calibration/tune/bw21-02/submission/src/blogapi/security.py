"""Password hashing and access tokens.

Passwords are hashed with PBKDF2-HMAC-SHA256 from :mod:`hashlib`, using a
random 16-byte salt per password. The encoded form stores the algorithm,
the iteration count and the salt next to the digest, so the iteration count
can be raised later without invalidating existing hashes.

Access tokens are opaque random strings (see :func:`new_token`) stored in
the database; there is nothing to decode on the client side.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets

__all__ = ["hash_password", "verify_password", "new_token", "ITERATIONS"]

#: PBKDF2 iteration count. 600 000 follows the OWASP recommendation for
#: PBKDF2-HMAC-SHA256 (2023). Tests lower it to keep the suite fast.
ITERATIONS = 600_000

_ALGORITHM = "pbkdf2_sha256"
_SALT_BYTES = 16


def hash_password(password: str, *, iterations: int | None = None) -> str:
    """Hash a password for storage.

    Parameters
    ----------
    password : str
        The plain-text password.
    iterations : int, optional
        PBKDF2 iteration count. Defaults to :data:`ITERATIONS`.

    Returns
    -------
    str
        Encoded hash of the form
        ``'pbkdf2_sha256$<iterations>$<salt hex>$<digest hex>'``.

    Examples
    --------
    >>> encoded = hash_password("hunter22", iterations=1_000)
    >>> encoded.startswith("pbkdf2_sha256$1000$")
    True
    """
    n_iter = ITERATIONS if iterations is None else iterations
    salt = secrets.token_bytes(_SALT_BYTES)
    digest = hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, n_iter)
    return f"{_ALGORITHM}${n_iter}${salt.hex()}${digest.hex()}"


def verify_password(password: str, encoded: str) -> bool:
    """Check a password against an encoded hash.

    Parameters
    ----------
    password : str
        The plain-text password to check.
    encoded : str
        A hash produced by :func:`hash_password`.

    Returns
    -------
    bool
        ``True`` if the password matches, ``False`` otherwise (including
        when ``encoded`` is malformed).

    Examples
    --------
    >>> encoded = hash_password("hunter22", iterations=1_000)
    >>> verify_password("hunter22", encoded), verify_password("hunter23", encoded)
    (True, False)
    """
    try:
        algorithm, n_iter, salt_hex, digest_hex = encoded.split("$")
        if algorithm != _ALGORITHM:
            return False
        salt = bytes.fromhex(salt_hex)
        expected = bytes.fromhex(digest_hex)
        iterations = int(n_iter)
    except ValueError:
        return False
    candidate = hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, iterations)
    return hmac.compare_digest(candidate, expected)


def new_token() -> str:
    """Generate a new opaque access token.

    Returns
    -------
    str
        43 URL-safe characters (256 bits of randomness).
    """
    return secrets.token_urlsafe(32)
