import bcrypt


class BCryptPasswordEncoder:
    """Same idea as Spring Security's BCryptPasswordEncoder."""

    def __init__(self, strength: int = 12) -> None:
        self._strength = strength

    def encode(self, raw_password: str) -> str:
        salt = bcrypt.gensalt(rounds=self._strength)
        return bcrypt.hashpw(raw_password.encode("utf-8"), salt).decode("utf-8")

    def matches(self, raw_password: str, encoded_password: str) -> bool:
        return bcrypt.checkpw(raw_password.encode("utf-8"), encoded_password.encode("utf-8"))
