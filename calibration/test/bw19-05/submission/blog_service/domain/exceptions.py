class DomainException(Exception):
    """Base class for all business rule violations."""


class EntityNotFoundException(DomainException):
    def __init__(self, entity: str, entity_id: int) -> None:
        super().__init__(f"{entity} with id {entity_id} was not found")


class PermissionDeniedException(DomainException):
    pass


class UsernameAlreadyExistsException(DomainException):
    def __init__(self, username: str) -> None:
        super().__init__(f"Username '{username}' is already taken")


class AuthenticationException(DomainException):
    pass
