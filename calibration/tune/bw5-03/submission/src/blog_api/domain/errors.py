class BlogError(Exception):
    status_code: int = 400
    detail: str = "Bad request"

    def __init__(self, detail: str | None = None) -> None:
        super().__init__(detail or self.detail)
        if detail:
            self.detail = detail


class NotFound(BlogError):
    status_code = 404
    detail = "Not found"


class Forbidden(BlogError):
    status_code = 403
    detail = "You are not allowed to do that"


class Conflict(BlogError):
    status_code = 409
    detail = "Conflict"


class Unauthorized(BlogError):
    status_code = 401
    detail = "Not authenticated"
