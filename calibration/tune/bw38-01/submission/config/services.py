"""Service container: every service is wired here, like config/services.yaml."""
from collections.abc import Generator

from fastapi import Depends
from sqlalchemy.orm import Session

from src.Database import SessionLocal
from src.Repository.CommentRepository import CommentRepository
from src.Repository.PostRepository import PostRepository
from src.Repository.UserRepository import UserRepository
from src.Security.JWTTokenManager import JWTTokenManager
from src.Security.PasswordHasher import PasswordHasher
from src.Serializer.PostNormalizer import PostNormalizer


def get_entity_manager() -> Generator[Session, None, None]:
    em = SessionLocal()
    try:
        yield em
    finally:
        em.close()


def get_user_repository(em: Session = Depends(get_entity_manager)) -> UserRepository:
    return UserRepository(em)


def get_post_repository(em: Session = Depends(get_entity_manager)) -> PostRepository:
    return PostRepository(em)


def get_comment_repository(em: Session = Depends(get_entity_manager)) -> CommentRepository:
    return CommentRepository(em)


def get_post_normalizer(
    comments: CommentRepository = Depends(get_comment_repository),
) -> PostNormalizer:
    return PostNormalizer(comments)


def get_password_hasher() -> PasswordHasher:
    return PasswordHasher()


def get_jwt_manager() -> JWTTokenManager:
    return JWTTokenManager()
