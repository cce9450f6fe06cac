"""Domain errors raised by services and rendered to JSON in main.py (like the Handler.php)."""


class DomainError(Exception):
    status_code = 400

    def __init__(self, detail: str) -> None:
        super().__init__(detail)
        self.detail = detail


class NotFound(DomainError):
    status_code = 404


class Forbidden(DomainError):
    status_code = 403


class Conflict(DomainError):
    status_code = 409


class InvalidCredentials(DomainError):
    status_code = 401

    def __init__(self, detail: str = "Invalid username or password.") -> None:
        super().__init__(detail)
