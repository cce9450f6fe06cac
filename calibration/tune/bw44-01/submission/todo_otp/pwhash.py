"""PBKDF2-HMAC-SHA256 password hashing, stdlib only.

Stored format: pbkdf2_sha256$<rounds>$<salt hex>$<hash hex>
"""
from __future__ import annotations

import hashlib
import hmac
import os

ROUNDS = int(os.environ.get("TODO_PBKDF2_ROUNDS", "600000"))
SALT_BYTES = 16


def hash_password(password: str) -> str:
    salt = os.urandom(SALT_BYTES)
    dk = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, ROUNDS)
    return f"pbkdf2_sha256${ROUNDS}${salt.hex()}${dk.hex()}"


def verify_password(password: str, encoded: str) -> bool:
    try:
        algo, rounds_s, salt_hex, dk_hex = encoded.split("$")
        rounds = int(rounds_s)
    except ValueError:
        return False
    if algo != "pbkdf2_sha256":
        return False
    dk = hashlib.pbkdf2_hmac("sha256", password.encode(), bytes.fromhex(salt_hex), rounds)
    return hmac.compare_digest(dk.hex(), dk_hex)
