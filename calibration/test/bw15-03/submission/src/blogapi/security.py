"""Password hashing and bearer tokens.

Passwords
    Each password is stored as ``salt$digest`` where ``salt`` is 16 random
    bytes (hex) and ``digest = SHA-256(salt || password)``. The random salt
    defeats precomputed (rainbow-table) attacks.

Tokens
    A token is the pair ``payload.signature``, both base64url encoded, where
    ``payload`` is a small JSON object ``{"sub": <user id>, "exp": <unix
    time>}`` and ``signature = HMAC-SHA256(secret_key, payload)``. This is, in
    essence, a minimal JWT (RFC 7519) restricted to one algorithm, which
    avoids the well-known ``alg=none`` pitfall of general JWT libraries.
"""

import base64
import hashlib
import hmac
import json
import os
import time


class InvalidToken(Exception):
    """Raised when a token is malformed, forged or expired."""


def hash_password(password):
    """Compute the storage form of a password.

    Parameters
    ----------
    password : str
        The clear-text password.

    Returns
    -------
    str
        ``salt$digest``, both hexadecimal.
    """
    salt = os.urandom(16).hex()
    digest = hashlib.sha256((salt + password).encode("utf-8")).hexdigest()
    return f"{salt}${digest}"


def verify_password(password, stored):
    """Check a clear-text password against its storage form.

    Parameters
    ----------
    password : str
        Candidate password.
    stored : str
        Value previously produced by :func:`hash_password`.

    Returns
    -------
    bool
        ``True`` iff the password matches.
    """
    salt, _, digest = stored.partition("$")
    candidate = hashlib.sha256((salt + password).encode("utf-8")).hexdigest()
    return hmac.compare_digest(candidate, digest)


def _b64encode(raw):
    """URL-safe base64 without padding (RFC 4648, section 5)."""
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode("ascii")


def _b64decode(text):
    """Inverse of :func:`_b64encode`; restores the padding."""
    padding = "=" * (-len(text) % 4)
    return base64.urlsafe_b64decode(text + padding)


def _sign(payload_b64, secret_key):
    mac = hmac.new(secret_key.encode("utf-8"), payload_b64.encode("utf-8"), hashlib.sha256)
    return _b64encode(mac.digest())


def issue_token(user_id, secret_key, lifetime_s):
    """Create a signed token for a user.

    Parameters
    ----------
    user_id : int
        Primary key of the authenticated user.
    secret_key : str
        Signing key.
    lifetime_s : int
        Seconds until the token expires.

    Returns
    -------
    str
        The token, to be sent as ``Authorization: Bearer <token>``.
    """
    payload = {"sub": user_id, "exp": int(time.time()) + lifetime_s}
    payload_b64 = _b64encode(json.dumps(payload, separators=(",", ":")).encode("utf-8"))
    return f"{payload_b64}.{_sign(payload_b64, secret_key)}"


def read_token(token, secret_key):
    """Validate a token and extract the user id.

    Parameters
    ----------
    token : str
        Token as received from the client.
    secret_key : str
        Signing key.

    Returns
    -------
    int
        The user id (``sub`` claim).

    Raises
    ------
    InvalidToken
        If the token is malformed, its signature does not verify, or it has
        expired.
    """
    try:
        payload_b64, signature = token.split(".")
    except ValueError:
        raise InvalidToken("malformed token") from None
    if _sign(payload_b64, secret_key) != signature:
        raise InvalidToken("bad signature")
    try:
        payload = json.loads(_b64decode(payload_b64))
        user_id, expiry = int(payload["sub"]), int(payload["exp"])
    except (ValueError, KeyError, TypeError):
        raise InvalidToken("malformed payload") from None
    if expiry < time.time():
        raise InvalidToken("expired")
    return user_id
