from fastapi import APIRouter, Depends, HTTPException, status

from config.parameters import JWT_TOKEN_TTL
from config.services import get_jwt_manager, get_password_hasher, get_user_repository
from src.Dto.UserDto import LoginDto, RegisterUserDto, TokenOutput, UserOutput
from src.Entity.User import User
from src.Repository.UserRepository import UserRepository
from src.Security.JWTTokenManager import JWTTokenManager
from src.Security.PasswordHasher import PasswordHasher
from src.Security.TokenAuthenticator import getUser

router = APIRouter(prefix="/api", tags=["Security"])


@router.post(
    "/register",
    response_model=UserOutput,
    status_code=status.HTTP_201_CREATED,
    summary="Create a user account",
    responses={409: {"description": "Username already used"}},
)
def register(
    dto: RegisterUserDto,
    users: UserRepository = Depends(get_user_repository),
    hasher: PasswordHasher = Depends(get_password_hasher),
) -> User:
    if users.findOneByUsername(dto.username) is not None:
        raise HTTPException(status_code=status.HTTP_409_CONFLICT, detail="This username is already used.")

    user = User(username=dto.username)
    user.password = hasher.hashPassword(dto.password)
    users.save(user)

    return user


@router.post(
    "/login_check",
    response_model=TokenOutput,
    summary="Exchange username/password for a JWT",
    responses={401: {"description": "Invalid credentials"}},
)
def loginCheck(
    dto: LoginDto,
    users: UserRepository = Depends(get_user_repository),
    hasher: PasswordHasher = Depends(get_password_hasher),
    tokens: JWTTokenManager = Depends(get_jwt_manager),
) -> TokenOutput:
    user = users.findOneByUsername(dto.username)
    if user is None or not hasher.isPasswordValid(user.password, dto.password):
        raise HTTPException(
            status_code=status.HTTP_401_UNAUTHORIZED,
            detail="Invalid credentials.",
            headers={"WWW-Authenticate": "Bearer"},
        )

    return TokenOutput(token=tokens.create(user), expires_in=JWT_TOKEN_TTL)


@router.get("/me", response_model=UserOutput, summary="Current user")
def me(user: User = Depends(getUser)) -> User:
    return user
