"""Domain-level exceptions, translated to HTTP responses in the API layer."""


class TodoServiceError(Exception):
    """Base class for all service errors."""


class EntityNotFoundError(TodoServiceError):
    def __init__(self, entity: str, entity_id: int) -> None:
        super().__init__(f"{entity} with id {entity_id} was not found")
        self.entity = entity
        self.entity_id = entity_id


class UsernameAlreadyExistsError(TodoServiceError):
    pass


class InvalidCredentialsError(TodoServiceError):
    pass
