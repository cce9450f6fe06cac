"""Domain errors. The store returns these; handlers translate them to HTTP."""


class NotFoundError(Exception):
    pass


class ConflictError(Exception):
    pass


class ForbiddenError(Exception):
    pass


class AuthError(Exception):
    pass
