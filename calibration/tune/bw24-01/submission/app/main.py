from fastapi import FastAPI

from app.config.database import Base, engine
from app.config.settings import properties
from app.controller import auth_controller, todo_controller
from app.exception.exceptions import (
    InvalidCredentialsException,
    ResourceNotFoundException,
    UsernameAlreadyExistsException,
    invalid_credentials_handler,
    resource_not_found_handler,
    username_exists_handler,
)


def create_application() -> FastAPI:
    application = FastAPI(title=properties.APP_NAME, version=properties.APP_VERSION)

    Base.metadata.create_all(bind=engine)

    application.add_exception_handler(ResourceNotFoundException, resource_not_found_handler)
    application.add_exception_handler(UsernameAlreadyExistsException, username_exists_handler)
    application.add_exception_handler(InvalidCredentialsException, invalid_credentials_handler)

    application.include_router(auth_controller.router)
    application.include_router(todo_controller.router)
    return application


app = create_application()
