from sqlalchemy.orm import Session

from blog_api.dto import SignupRequestDto, TokenResponseDto, UserResponseDto
from blog_api.entities import UserEntity
from blog_api.exceptions import ConflictException, UnauthorizedException
from blog_api.repositories.user_repository import UserRepository
from blog_api.security import JwtTokenProvider, PasswordEncoder


class AuthService:
    @staticmethod
    def register(session: Session, request: SignupRequestDto) -> UserResponseDto:
        if UserRepository.find_by_username(session, request.username) is not None:
            raise ConflictException(f"Username '{request.username}' is already taken")
        user = UserEntity(username=request.username, password_hash=PasswordEncoder.encode(request.password))
        user = UserRepository.save(session, user)
        return UserResponseDto.model_validate(user)

    @staticmethod
    def login(session: Session, username: str, password: str) -> TokenResponseDto:
        user = UserRepository.find_by_username(session, username)
        if user is None or not PasswordEncoder.matches(password, user.password_hash):
            raise UnauthorizedException("Bad credentials")
        return TokenResponseDto(access_token=JwtTokenProvider.create_token(user))
