import bcrypt

from config.parameters import PASSWORD_HASHER_COST


class PasswordHasher:
    """Same contract as Symfony's UserPasswordHasherInterface ("auto" => bcrypt)."""

    def __init__(self, cost: int = PASSWORD_HASHER_COST) -> None:
        self.cost = cost

    def hashPassword(self, plainPassword: str) -> str:
        salt = bcrypt.gensalt(rounds=self.cost)
        return bcrypt.hashpw(plainPassword.encode("utf-8"), salt).decode("utf-8")

    def isPasswordValid(self, hashedPassword: str, plainPassword: str) -> bool:
        return bcrypt.checkpw(plainPassword.encode("utf-8"), hashedPassword.encode("utf-8"))
