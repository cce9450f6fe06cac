import hashlib
import hmac
import os


class PasswordHasher:
    """PBKDF2-HMAC-SHA256 with a random per-user salt."""

    __slots__ = ("_iterations", "_salt_bytes")

    def __init__(self, iterations: int, salt_bytes: int) -> None:
        self._iterations: int = iterations
        self._salt_bytes: int = salt_bytes

    def hash(self, password: str) -> tuple[bytes, bytes]:
        salt: bytes = os.urandom(self._salt_bytes)
        digest: bytes = hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, self._iterations)
        return salt, digest

    def verify(self, password: str, salt: bytes, expected: bytes) -> bool:
        digest: bytes = hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, self._iterations)
        return hmac.compare_digest(digest, expected)
