from fastapi import Request, status
from fastapi.responses import JSONResponse


class ResourceNotFoundException(Exception):
    def __init__(self, resource: str, resource_id: int):
        self.message = f"{resource} with id {resource_id} not found"


class UsernameAlreadyExistsException(Exception):
    def __init__(self, username: str):
        self.message = f"Username '{username}' is already taken"


class InvalidCredentialsException(Exception):
    def __init__(self) -> None:
        self.message = "Invalid username or password"


async def resource_not_found_handler(request: Request, exc: ResourceNotFoundException) -> JSONResponse:
    return JSONResponse(status_code=status.HTTP_404_NOT_FOUND, content={"detail": exc.message})


async def username_exists_handler(request: Request, exc: UsernameAlreadyExistsException) -> JSONResponse:
    return JSONResponse(status_code=status.HTTP_409_CONFLICT, content={"detail": exc.message})


async def invalid_credentials_handler(request: Request, exc: InvalidCredentialsException) -> JSONResponse:
    return JSONResponse(
        status_code=status.HTTP_401_UNAUTHORIZED,
        content={"detail": exc.message},
        headers={"WWW-Authenticate": "Bearer"},
    )
