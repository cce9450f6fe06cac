"""Domain errors. Think of them as a sealed hierarchy: the API layer maps each one to a status."""


class DomainError(Exception):
    pass


class UsernameTaken(DomainError):
    def __init__(self, username: str) -> None:
        super().__init__(f"Username '{username}' is already taken")
        self.username = username


class InvalidCredentials(DomainError):
    def __init__(self, reason: str = "Could not validate credentials") -> None:
        super().__init__(reason)


class TodoNotFound(DomainError):
    def __init__(self, todo_id: int) -> None:
        super().__init__(f"Todo {todo_id} not found")
        self.todo_id = todo_id
