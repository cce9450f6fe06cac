class ServiceError(Exception):
    status_code = 400

    def __init__(self, detail: str) -> None:
        super().__init__(detail)
        self.detail = detail


class AlreadyExists(ServiceError):
    status_code = 409


class AuthenticationFailed(ServiceError):
    status_code = 401


class NotFound(ServiceError):
    status_code = 404
