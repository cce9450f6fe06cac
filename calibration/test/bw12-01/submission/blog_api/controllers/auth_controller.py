from typing import Annotated

from fastapi import APIRouter, Depends, status
from fastapi.security import OAuth2PasswordRequestForm

from blog_api.contracts.dtos import RegisterUserRequest, TokenDto, UserDto
from blog_api.controllers.base import PROBLEM_RESPONSES, ControllerBase
from blog_api.controllers.composition_root import CurrentUser, get_auth_service
from blog_api.services.auth_service import AuthService

AuthServiceDep = Annotated[AuthService, Depends(get_auth_service)]


class AuthController(ControllerBase):
    def __init__(self) -> None:
        self.router = APIRouter(prefix="/api/auth", tags=["Auth"], responses=PROBLEM_RESPONSES)
        self.router.add_api_route(
            "/register",
            self.register,
            methods=["POST"],
            status_code=status.HTTP_201_CREATED,
            response_model=UserDto,
            summary="Create an account",
        )
        self.router.add_api_route(
            "/token",
            self.login,
            methods=["POST"],
            response_model=TokenDto,
            summary="Exchange username and password for a bearer token (OAuth2 password flow)",
        )
        self.router.add_api_route(
            "/me", self.me, methods=["GET"], response_model=UserDto, summary="The current user"
        )

    def register(self, request: RegisterUserRequest, auth: AuthServiceDep) -> UserDto:
        return self.unwrap(auth.register(request))

    def login(
        self, form: Annotated[OAuth2PasswordRequestForm, Depends()], auth: AuthServiceDep
    ) -> TokenDto:
        return self.unwrap(auth.login(form.username, form.password))

    def me(self, user: CurrentUser) -> UserDto:
        return UserDto.from_entity(user)
