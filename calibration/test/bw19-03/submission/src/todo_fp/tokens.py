"""Opaque bearer tokens. Only a digest of each token is stored."""

from __future__ import annotations

import hashlib
import secrets


def new_token() -> str:
    return secrets.token_urlsafe(32)


def token_digest(token: str) -> str:
    # 256 bits of randomness: a fast hash is enough, nothing to brute-force.
    return hashlib.sha256(token.encode()).hexdigest()
