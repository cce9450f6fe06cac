class TodoApiException(Exception):
    """Base class for exceptions mapped to HTTP responses by the global handler."""

    status_code: int = 500

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class ResourceNotFoundException(TodoApiException):
    status_code = 404


class UsernameAlreadyExistsException(TodoApiException):
    status_code = 409


class BadCredentialsException(TodoApiException):
    status_code = 401
