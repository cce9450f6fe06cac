"""Domain errors. The HTTP layer maps each of these to a status code."""


class DomainError(Exception):
    """Base class for expected, client-caused failures."""


class NotFound(DomainError):
    def __init__(self, entity: str, entity_id: int) -> None:
        super().__init__(f"{entity} {entity_id} not found")
        self.entity = entity
        self.entity_id = entity_id


class Forbidden(DomainError):
    pass


class Conflict(DomainError):
    pass


class InvalidCredentials(DomainError):
    pass
