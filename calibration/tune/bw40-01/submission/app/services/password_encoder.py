"""BCrypt password encoder (mirrors Spring Security's BCryptPasswordEncoder)."""
import bcrypt


class BCryptPasswordEncoder:
    def __init__(self, strength: int = 12) -> None:
        self._strength = strength

    def encode(self, raw_password: str) -> str:
        salt = bcrypt.gensalt(rounds=self._strength)
        return bcrypt.hashpw(raw_password.encode("utf-8"), salt).decode("utf-8")

    def matches(self, raw_password: str, encoded_password: str) -> bool:
        try:
            return bcrypt.checkpw(raw_password.encode("utf-8"), encoded_password.encode("utf-8"))
        except ValueError:
            return False
