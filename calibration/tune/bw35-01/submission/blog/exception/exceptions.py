class BlogException(Exception):
    status_code: int = 400
    error: str = "Bad Request"

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class ResourceNotFoundException(BlogException):
    status_code = 404
    error = "Not Found"


class AccessDeniedException(BlogException):
    status_code = 403
    error = "Forbidden"


class ConflictException(BlogException):
    status_code = 409
    error = "Conflict"


class UnauthorizedException(BlogException):
    status_code = 401
    error = "Unauthorized"
