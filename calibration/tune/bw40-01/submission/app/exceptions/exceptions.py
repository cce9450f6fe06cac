"""Custom exception hierarchy. Services throw, the global handler translates."""


class BlogApplicationException(Exception):
    status_code: int = 500
    error: str = "Internal Server Error"

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class ResourceNotFoundException(BlogApplicationException):
    status_code = 404
    error = "Not Found"

    def __init__(self, resource_name: str, field_name: str, field_value: object) -> None:
        super().__init__(f"{resource_name} not found with {field_name}: '{field_value}'")


class AccessDeniedException(BlogApplicationException):
    status_code = 403
    error = "Forbidden"


class UsernameAlreadyExistsException(BlogApplicationException):
    status_code = 409
    error = "Conflict"


class InvalidCredentialsException(BlogApplicationException):
    status_code = 401
    error = "Unauthorized"


class InvalidTokenException(BlogApplicationException):
    status_code = 401
    error = "Unauthorized"
