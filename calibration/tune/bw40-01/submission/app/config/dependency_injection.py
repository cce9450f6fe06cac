"""Bean wiring. Every provider below is resolved per request by FastAPI's DI container."""
from fastapi import Depends
from fastapi.security import OAuth2PasswordBearer
from sqlalchemy.orm import Session

from app.config.constants import ApiConstants
from app.config.database import get_session
from app.config.settings import ApplicationProperties, get_application_properties
from app.domain.entities import UserEntity
from app.repositories.comment_repository import CommentRepository
from app.repositories.post_repository import PostRepository
from app.repositories.user_repository import UserRepository
from app.services.auth_service import AuthService, AuthServiceImpl
from app.services.comment_service import CommentService, CommentServiceImpl
from app.services.jwt_token_provider import JwtTokenProvider
from app.services.password_encoder import BCryptPasswordEncoder
from app.services.post_service import PostService, PostServiceImpl

oauth2_scheme = OAuth2PasswordBearer(tokenUrl=ApiConstants.AUTH_LOGIN_PATH)

_password_encoder = BCryptPasswordEncoder()


def get_password_encoder() -> BCryptPasswordEncoder:
    return _password_encoder


def get_jwt_token_provider(
    properties: ApplicationProperties = Depends(get_application_properties),
) -> JwtTokenProvider:
    return JwtTokenProvider(properties)


def get_user_repository(session: Session = Depends(get_session)) -> UserRepository:
    return UserRepository(session)


def get_post_repository(session: Session = Depends(get_session)) -> PostRepository:
    return PostRepository(session)


def get_comment_repository(session: Session = Depends(get_session)) -> CommentRepository:
    return CommentRepository(session)


def get_auth_service(
    user_repository: UserRepository = Depends(get_user_repository),
    password_encoder: BCryptPasswordEncoder = Depends(get_password_encoder),
    jwt_token_provider: JwtTokenProvider = Depends(get_jwt_token_provider),
) -> AuthService:
    return AuthServiceImpl(user_repository, password_encoder, jwt_token_provider)


def get_post_service(
    post_repository: PostRepository = Depends(get_post_repository),
    user_repository: UserRepository = Depends(get_user_repository),
    comment_repository: CommentRepository = Depends(get_comment_repository),
) -> PostService:
    return PostServiceImpl(post_repository, user_repository, comment_repository)


def get_comment_service(
    comment_repository: CommentRepository = Depends(get_comment_repository),
    post_repository: PostRepository = Depends(get_post_repository),
    user_repository: UserRepository = Depends(get_user_repository),
) -> CommentService:
    return CommentServiceImpl(comment_repository, post_repository, user_repository)


def get_current_user(
    token: str = Depends(oauth2_scheme),
    auth_service: AuthService = Depends(get_auth_service),
) -> UserEntity:
    return auth_service.get_authenticated_user(token)
