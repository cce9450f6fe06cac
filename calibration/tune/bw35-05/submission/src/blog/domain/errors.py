class DomainError(Exception):
    """Base class for every error the core can raise on purpose."""


class NotFound(DomainError):
    def __init__(self, entity: str) -> None:
        super().__init__(f"{entity} not found")
        self.entity = entity


class NotAuthor(DomainError):
    def __init__(self) -> None:
        super().__init__("Only the author may change this post")


class UsernameTaken(DomainError):
    def __init__(self, username: str) -> None:
        super().__init__(f"Username {username!r} is already taken")


class InvalidCredentials(DomainError):
    def __init__(self) -> None:
        super().__init__("Invalid username or password")
