"""Domain errors. The API layer maps each to an HTTP status in one place."""


class DomainError(Exception):
    """Base class for expected, client-caused failures."""


class NotFoundError(DomainError):
    def __init__(self, entity: str, identifier: object) -> None:
        super().__init__(f"{entity} {identifier} not found")
        self.entity = entity
        self.identifier = identifier


class ConflictError(DomainError):
    pass


class AuthenticationError(DomainError):
    pass
