from fastapi import APIRouter, Depends, HTTPException, status
from fastapi.security import OAuth2PasswordRequestForm

from blog.dependencies import get_current_user
from blog.models import User
from blog.schemas import ErrorOut, Token, UserCreate, UserOut
from blog.security import check_password, create_access_token, make_password


class AuthViewSet:
    """Sign-up, login (OAuth2 password flow) and "who am I"."""

    def __init__(self) -> None:
        self.router = APIRouter(prefix="/auth", tags=["auth"])
        self.router.add_api_route(
            "/register",
            self.register,
            methods=["POST"],
            response_model=UserOut,
            status_code=status.HTTP_201_CREATED,
            summary="Create an account",
            responses={409: {"model": ErrorOut, "description": "Username already taken"}},
        )
        self.router.add_api_route(
            "/token",
            self.token,
            methods=["POST"],
            response_model=Token,
            summary="Log in and obtain a bearer token",
            responses={401: {"model": ErrorOut, "description": "Wrong username or password"}},
        )
        self.router.add_api_route(
            "/me",
            self.me,
            methods=["GET"],
            response_model=UserOut,
            summary="The currently authenticated user",
            responses={401: {"model": ErrorOut, "description": "Missing or invalid token"}},
        )

    async def register(self, payload: UserCreate) -> User:
        """Create a new user. The password is stored hashed, never returned."""
        if await User.exists(username=payload.username):
            raise HTTPException(status.HTTP_409_CONFLICT, detail="Username already taken")
        user = await User.create(
            username=payload.username,
            password_hash=make_password(payload.password),
        )
        return user

    async def token(self, form: OAuth2PasswordRequestForm = Depends()) -> Token:
        """Exchange username + password (form-encoded) for a JWT access token."""
        user = await User.get_or_none(username=form.username, is_active=True)
        if user is None or not check_password(form.password, user.password_hash):
            raise HTTPException(
                status.HTTP_401_UNAUTHORIZED,
                detail="Incorrect username or password",
                headers={"WWW-Authenticate": "Bearer"},
            )
        return Token(access_token=create_access_token(user.username))

    async def me(self, user: User = Depends(get_current_user)) -> User:
        return user
