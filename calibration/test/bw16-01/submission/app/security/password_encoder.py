import bcrypt


class BCryptPasswordEncoder:
    def __init__(self, rounds: int = 12) -> None:
        self._rounds = rounds

    def encode(self, raw_password: str) -> str:
        return bcrypt.hashpw(raw_password.encode("utf-8"), bcrypt.gensalt(self._rounds)).decode("ascii")

    def matches(self, raw_password: str, encoded_password: str) -> bool:
        return bcrypt.checkpw(raw_password.encode("utf-8"), encoded_password.encode("ascii"))
