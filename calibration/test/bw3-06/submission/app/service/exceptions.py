class ServiceException(Exception):
    status_code = 500

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class EntityNotFoundException(ServiceException):
    status_code = 404


class AccessDeniedException(ServiceException):
    status_code = 403


class DuplicateEntityException(ServiceException):
    status_code = 409


class AuthenticationFailedException(ServiceException):
    status_code = 401
