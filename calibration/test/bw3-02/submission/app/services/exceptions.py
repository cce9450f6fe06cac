"""Domain exceptions; translated to HTTP responses in app.main (cf. @ControllerAdvice)."""


class DomainException(Exception):
    status_code: int = 400

    def __init__(self, detail: str) -> None:
        super().__init__(detail)
        self.detail = detail


class NotFoundException(DomainException):
    status_code = 404


class ForbiddenException(DomainException):
    status_code = 403


class ConflictException(DomainException):
    status_code = 409


class AuthenticationException(DomainException):
    status_code = 401
