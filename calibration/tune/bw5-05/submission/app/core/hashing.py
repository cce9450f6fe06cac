"""PBKDF2-SHA256 password hashing (OWASP 2023 recommends 600k iterations).

Format: ``pbkdf2_sha256$<iterations>$<salt hex>$<hash hex>``
"""

import hashlib
import hmac
import os
from typing import Protocol


class PasswordHasher(Protocol):
    async def hash(self, password: str) -> str: ...

    async def verify(self, password: str, encoded: str) -> bool: ...


class Pbkdf2PasswordHasher:
    algorithm = "pbkdf2_sha256"

    def __init__(self, iterations: int) -> None:
        self._iterations = iterations

    async def hash(self, password: str) -> str:
        salt = os.urandom(16)
        digest = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, self._iterations)
        return f"{self.algorithm}${self._iterations}${salt.hex()}${digest.hex()}"

    async def verify(self, password: str, encoded: str) -> bool:
        try:
            algorithm, iterations, salt_hex, hash_hex = encoded.split("$")
        except ValueError:
            return False
        if algorithm != self.algorithm:
            return False
        candidate = hashlib.pbkdf2_hmac(
            "sha256", password.encode(), bytes.fromhex(salt_hex), int(iterations)
        )
        return hmac.compare_digest(candidate.hex(), hash_hex)
