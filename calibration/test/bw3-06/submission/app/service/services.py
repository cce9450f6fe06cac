from typing import List

from app.dto.dtos import (
    CommentRequestDTO,
    CommentResponseDTO,
    PostRequestDTO,
    PostResponseDTO,
    TokenDTO,
    UserDTO,
    UserRegisterDTO,
)
from app.model.entities import Comment, Post, User
from app.repository.repositories import CommentRepository, PostRepository, UserRepository
from app.service.exceptions import (
    AccessDeniedException,
    AuthenticationFailedException,
    DuplicateEntityException,
    EntityNotFoundException,
)
from app.service.mapper import DtoMapper
from app.service.security import TokenService, password_context


class AuthService:
    def __init__(self, user_repository: UserRepository, token_service: TokenService) -> None:
        self.user_repository = user_repository
        self.token_service = token_service

    def register(self, dto: UserRegisterDTO) -> UserDTO:
        if self.user_repository.find_by_username(dto.username):
            raise DuplicateEntityException("Username already exists")
        user = User(username=dto.username, hashed_password=password_context.hash(dto.password))
        return DtoMapper.to_user_dto(self.user_repository.save(user))

    def login(self, username: str, password: str) -> TokenDTO:
        user = self.user_repository.find_by_username(username)
        if user is None or not password_context.verify(password, user.hashed_password):
            raise AuthenticationFailedException("Invalid username or password")
        return TokenDTO(access_token=self.token_service.issue(user.username))

    def get_authenticated_user(self, token: str) -> User:
        username = self.token_service.parse_subject(token)
        user = self.user_repository.find_by_username(username) if username else None
        if user is None:
            raise AuthenticationFailedException("Could not validate credentials")
        return user


class PostService:
    def __init__(self, post_repository: PostRepository) -> None:
        self.post_repository = post_repository

    def find_all(self, limit: int, offset: int) -> List[PostResponseDTO]:
        posts = self.post_repository.find_all(limit, offset)
        return [DtoMapper.to_post_dto(post) for post in posts]

    def find_by_id(self, post_id: int) -> PostResponseDTO:
        return DtoMapper.to_post_dto(self._load(post_id))

    def create(self, dto: PostRequestDTO, author: User) -> PostResponseDTO:
        post = Post(title=dto.title, content=dto.content, author_id=author.id)
        return DtoMapper.to_post_dto(self.post_repository.save(post))

    def update(self, post_id: int, dto: PostRequestDTO, current_user: User) -> PostResponseDTO:
        post = self._load_owned(post_id, current_user)
        post.title = dto.title
        post.content = dto.content
        return DtoMapper.to_post_dto(self.post_repository.save(post))

    def delete(self, post_id: int, current_user: User) -> None:
        self.post_repository.delete(self._load_owned(post_id, current_user))

    def _load(self, post_id: int) -> Post:
        post = self.post_repository.find_by_id(post_id)
        if post is None:
            raise EntityNotFoundException(f"Post with id {post_id} not found")
        return post

    def _load_owned(self, post_id: int, current_user: User) -> Post:
        post = self._load(post_id)
        if post.author_id != current_user.id:
            raise AccessDeniedException("You are not the author of this post")
        return post


class CommentService:
    def __init__(self, comment_repository: CommentRepository, post_repository: PostRepository) -> None:
        self.comment_repository = comment_repository
        self.post_repository = post_repository

    def add(self, post_id: int, dto: CommentRequestDTO, author: User) -> CommentResponseDTO:
        self._require_post(post_id)
        comment = Comment(post_id=post_id, content=dto.content, author_id=author.id)
        return DtoMapper.to_comment_dto(self.comment_repository.save(comment))

    def find_by_post(self, post_id: int, limit: int, offset: int) -> List[CommentResponseDTO]:
        self._require_post(post_id)
        comments = self.comment_repository.find_by_post_id(post_id, limit, offset)
        return [DtoMapper.to_comment_dto(comment) for comment in comments]

    def _require_post(self, post_id: int) -> None:
        if self.post_repository.find_by_id(post_id) is None:
            raise EntityNotFoundException(f"Post with id {post_id} not found")
