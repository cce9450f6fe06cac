class ApplicationException(Exception):
    status_code: int = 500
    error: str = "Internal Server Error"

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class ResourceNotFoundException(ApplicationException):
    status_code = 404
    error = "Not Found"


class AccessDeniedException(ApplicationException):
    status_code = 403
    error = "Forbidden"


class AuthenticationException(ApplicationException):
    status_code = 401
    error = "Unauthorized"


class DuplicateResourceException(ApplicationException):
    status_code = 409
    error = "Conflict"
