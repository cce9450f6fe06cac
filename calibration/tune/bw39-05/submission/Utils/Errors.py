# Custom error types. Every error knows its own HTTP status code,
# similar to a Swift enum conforming to LocalizedError.


class AppError(Exception):
    statusCode: int = 500
    message: str = "Something went wrong"

    def __init__(self, message: str | None = None) -> None:
        if message is not None:
            self.message = message
        super().__init__(self.message)


class UsernameTakenError(AppError):
    statusCode = 409
    message = "This username is already taken"


class InvalidCredentialsError(AppError):
    statusCode = 401
    message = "Invalid username or password"


class UnauthorizedError(AppError):
    statusCode = 401
    message = "You need to be logged in"


class TodoNotFoundError(AppError):
    statusCode = 404
    message = "Todo not found"
