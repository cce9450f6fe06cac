class BlogException(Exception):
    status_code: int = 500

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class ResourceNotFoundException(BlogException):
    status_code = 404


class AccessDeniedException(BlogException):
    status_code = 403


class DuplicateResourceException(BlogException):
    status_code = 409


class BadCredentialsException(BlogException):
    status_code = 401
