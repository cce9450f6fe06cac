from collections.abc import Callable

from blog_service.application.dto import (
    CommentResponse,
    CreateCommentRequest,
    CreatePostRequest,
    PageResponse,
    PostResponse,
    RegisterUserRequest,
    UpdatePostRequest,
    UserResponse,
)
from blog_service.domain.entities import Comment, Post, User
from blog_service.domain.exceptions import (
    AuthenticationException,
    EntityNotFoundException,
    PermissionDeniedException,
    UsernameAlreadyExistsException,
)
from blog_service.domain.unit_of_work import AbstractUnitOfWork
from blog_service.infrastructure.security import AbstractPasswordHasher, AbstractTokenService

UnitOfWorkFactory = Callable[[], AbstractUnitOfWork]


class UserService:
    def __init__(
        self,
        uow_factory: UnitOfWorkFactory,
        hasher: AbstractPasswordHasher,
        tokens: AbstractTokenService,
    ) -> None:
        self._uow_factory = uow_factory
        self._hasher = hasher
        self._tokens = tokens

    def register(self, request: RegisterUserRequest) -> UserResponse:
        with self._uow_factory() as uow:
            if uow.users.get_by_username(request.username) is not None:
                raise UsernameAlreadyExistsException(request.username)
            user = User(username=request.username, password_hash=self._hasher.hash(request.password))
            uow.users.add(user)
            uow.commit()
            return UserResponse.model_validate(user)

    def authenticate(self, username: str, password: str) -> str:
        with self._uow_factory() as uow:
            user = uow.users.get_by_username(username)
            if user is None or not self._hasher.verify(password, user.password_hash):
                raise AuthenticationException("Invalid username or password")
            assert user.id is not None
            return self._tokens.issue(user.id)

    def get_user_by_token(self, token: str) -> User:
        user_id = self._tokens.resolve(token)
        if user_id is None:
            raise AuthenticationException("Invalid or expired token")
        with self._uow_factory() as uow:
            user = uow.users.get(user_id)
            if user is None:
                raise AuthenticationException("Invalid or expired token")
            return user


class PostService:
    def __init__(self, uow_factory: UnitOfWorkFactory) -> None:
        self._uow_factory = uow_factory

    def list_posts(self, limit: int, offset: int) -> PageResponse[PostResponse]:
        with self._uow_factory() as uow:
            posts = uow.posts.list(limit, offset)
            items = [self._to_response(uow, post) for post in posts]
            return PageResponse[PostResponse](
                items=items, total=uow.posts.count(), limit=limit, offset=offset
            )

    def get_post(self, post_id: int) -> PostResponse:
        with self._uow_factory() as uow:
            return self._to_response(uow, self._get_or_raise(uow, post_id))

    def create_post(self, author: User, request: CreatePostRequest) -> PostResponse:
        assert author.id is not None
        with self._uow_factory() as uow:
            post = Post(author_id=author.id, title=request.title, content=request.content)
            uow.posts.add(post)
            uow.commit()
            return self._to_response(uow, post)

    def update_post(self, post_id: int, author: User, request: UpdatePostRequest) -> PostResponse:
        with self._uow_factory() as uow:
            post = self._get_or_raise(uow, post_id)
            if not post.is_authored_by(author):
                raise PermissionDeniedException("Only the author can edit this post")
            post.edit(title=request.title, content=request.content)
            uow.commit()
            return self._to_response(uow, post)

    def delete_post(self, post_id: int, author: User) -> None:
        with self._uow_factory() as uow:
            post = self._get_or_raise(uow, post_id)
            if not post.is_authored_by(author):
                raise PermissionDeniedException("Only the author can delete this post")
            uow.posts.delete(post)
            uow.commit()

    @staticmethod
    def _get_or_raise(uow: AbstractUnitOfWork, post_id: int) -> Post:
        post = uow.posts.get(post_id)
        if post is None:
            raise EntityNotFoundException("Post", post_id)
        return post

    @staticmethod
    def _to_response(uow: AbstractUnitOfWork, post: Post) -> PostResponse:
        assert post.id is not None
        author = uow.users.get(post.author_id)
        return PostResponse(
            id=post.id,
            title=post.title,
            content=post.content,
            author_id=post.author_id,
            author_username=author.username if author else "[deleted]",
            comment_count=uow.comments.count_by_post(post.id),
            created_at=post.created_at,
            updated_at=post.updated_at,
        )


class CommentService:
    def __init__(self, uow_factory: UnitOfWorkFactory) -> None:
        self._uow_factory = uow_factory

    def list_comments(self, post_id: int, limit: int, offset: int) -> PageResponse[CommentResponse]:
        with self._uow_factory() as uow:
            if uow.posts.get(post_id) is None:
                raise EntityNotFoundException("Post", post_id)
            comments = uow.comments.list_by_post(post_id, limit, offset)
            items = [self._to_response(uow, comment) for comment in comments]
            return PageResponse[CommentResponse](
                items=items, total=uow.comments.count_by_post(post_id), limit=limit, offset=offset
            )

    def add_comment(
        self, post_id: int, author: User, request: CreateCommentRequest
    ) -> CommentResponse:
        assert author.id is not None
        with self._uow_factory() as uow:
            if uow.posts.get(post_id) is None:
                raise EntityNotFoundException("Post", post_id)
            comment = Comment(post_id=post_id, author_id=author.id, content=request.content)
            uow.comments.add(comment)
            uow.commit()
            return self._to_response(uow, comment)

    @staticmethod
    def _to_response(uow: AbstractUnitOfWork, comment: Comment) -> CommentResponse:
        assert comment.id is not None
        author = uow.users.get(comment.author_id)
        return CommentResponse(
            id=comment.id,
            post_id=comment.post_id,
            author_id=comment.author_id,
            author_username=author.username if author else "[deleted]",
            content=comment.content,
            created_at=comment.created_at,
        )
