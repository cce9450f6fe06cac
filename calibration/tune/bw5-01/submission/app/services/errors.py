class DomainError(Exception):
    """Base class for errors the API layer translates into HTTP responses."""


class UsernameTakenError(DomainError):
    pass


class InvalidCredentialsError(DomainError):
    pass


class TodoNotFoundError(DomainError):
    pass
