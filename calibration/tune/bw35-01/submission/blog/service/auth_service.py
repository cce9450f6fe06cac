from blog.config.security import JwtTokenProvider, PasswordEncoder
from blog.dto.auth import SignUpRequest, TokenResponse, UserResponse
from blog.entity import User
from blog.exception.exceptions import ConflictException, UnauthorizedException
from blog.repository.user_repository import UserRepository


class AuthService:
    def __init__(
        self,
        user_repository: UserRepository,
        password_encoder: PasswordEncoder,
        token_provider: JwtTokenProvider,
    ) -> None:
        self.user_repository = user_repository
        self.password_encoder = password_encoder
        self.token_provider = token_provider

    def sign_up(self, request: SignUpRequest) -> UserResponse:
        if self.user_repository.exists_by_username(request.username):
            raise ConflictException(f"Username '{request.username}' is already taken")
        user = User(username=request.username, password_hash=self.password_encoder.encode(request.password))
        return UserResponse.from_entity(self.user_repository.save(user))

    def login(self, username: str, password: str) -> TokenResponse:
        user = self.user_repository.find_by_username(username)
        if user is None or not self.password_encoder.matches(password, user.password_hash):
            raise UnauthorizedException("Bad credentials")
        return TokenResponse(access_token=self.token_provider.generate_token(user.username))

    def load_user_by_token(self, token: str) -> User:
        username = self.token_provider.get_username(token)
        if username is None:
            raise UnauthorizedException("Invalid or expired token")
        user = self.user_repository.find_by_username(username)
        if user is None:
            raise UnauthorizedException("User no longer exists")
        return user
