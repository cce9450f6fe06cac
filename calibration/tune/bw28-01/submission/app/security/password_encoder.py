from abc import ABC, abstractmethod

from passlib.context import CryptContext


class PasswordEncoder(ABC):
    @abstractmethod
    def encode(self, raw_password: str) -> str: ...

    @abstractmethod
    def matches(self, raw_password: str, encoded_password: str) -> bool: ...


class BCryptPasswordEncoder(PasswordEncoder):
    def __init__(self, rounds: int = 12) -> None:
        self._context = CryptContext(schemes=["bcrypt"], deprecated="auto", bcrypt__rounds=rounds)

    def encode(self, raw_password: str) -> str:
        return self._context.hash(raw_password)

    def matches(self, raw_password: str, encoded_password: str) -> bool:
        return self._context.verify(raw_password, encoded_password)
