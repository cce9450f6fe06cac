import bcrypt


class Hash:
    @staticmethod
    def make(value: str) -> str:
        return bcrypt.hashpw(value.encode(), bcrypt.gensalt(rounds=12)).decode()

    @staticmethod
    def check(value: str, hashed: str) -> bool:
        return bcrypt.checkpw(value.encode(), hashed.encode())
