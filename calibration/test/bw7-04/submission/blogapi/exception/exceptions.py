from http import HTTPStatus


class BlogApiException(Exception):
    status: HTTPStatus = HTTPStatus.INTERNAL_SERVER_ERROR

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class ResourceNotFoundException(BlogApiException):
    status = HTTPStatus.NOT_FOUND

    def __init__(self, resource: str, resource_id: int) -> None:
        super().__init__(f"{resource} with id {resource_id} not found")


class AccessDeniedException(BlogApiException):
    status = HTTPStatus.FORBIDDEN


class UsernameAlreadyExistsException(BlogApiException):
    status = HTTPStatus.CONFLICT

    def __init__(self, username: str) -> None:
        super().__init__(f"Username '{username}' is already taken")


class AuthenticationException(BlogApiException):
    status = HTTPStatus.UNAUTHORIZED
