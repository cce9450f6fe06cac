import hashlib
import hmac
import time


class TokenService:
    """Issues and validates signed tokens of the form <user_id>.<expiry>.<signature>."""

    __slots__ = ("_secret", "_lifetime_sec")

    def __init__(self, secret: bytes, lifetime_sec: int) -> None:
        self._secret: bytes = secret
        self._lifetime_sec: int = lifetime_sec

    def _sign(self, payload: str) -> str:
        return hmac.new(self._secret, payload.encode("utf-8"), hashlib.sha256).hexdigest()

    def issue(self, user_id: int) -> str:
        expiry: int = int(time.time()) + self._lifetime_sec
        payload: str = f"{user_id}.{expiry}"
        return f"{payload}.{self._sign(payload)}"

    def validate(self, token: str) -> int | None:
        parts: list[str] = token.split(".")
        if len(parts) != 3:
            return None
        user_id_str, expiry_str, signature = parts
        if signature != self._sign(f"{user_id_str}.{expiry_str}"):
            return None
        try:
            user_id: int = int(user_id_str)
            expiry: int = int(expiry_str)
        except ValueError:
            return None
        if expiry < int(time.time()):
            return None
        return user_id
