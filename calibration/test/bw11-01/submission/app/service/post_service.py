from sqlalchemy.orm import Session

from app.dto.page_dto import PageDto
from app.dto.post_dto import PostRequestDto, PostResponseDto
from app.entity.post_entity import PostEntity
from app.entity.user_entity import UserEntity
from app.exception.exceptions import AccessDeniedException, ResourceNotFoundException
from app.repository.comment_repository import CommentRepository
from app.repository.post_repository import PostRepository


class PostService:
    def __init__(
        self,
        session: Session,
        post_repository: PostRepository,
        comment_repository: CommentRepository,
    ) -> None:
        self._session = session
        self._post_repository = post_repository
        self._comment_repository = comment_repository

    def find_all(self, limit: int, offset: int) -> PageDto[PostResponseDto]:
        posts = self._post_repository.find_all(limit, offset)
        return PageDto[PostResponseDto](
            content=[self._to_dto(post) for post in posts],
            limit=limit,
            offset=offset,
            total_elements=self._post_repository.count(),
        )

    def find_by_id(self, post_id: int) -> PostResponseDto:
        return self._to_dto(self._get_or_throw(post_id))

    def create(self, request: PostRequestDto, author: UserEntity) -> PostResponseDto:
        post = PostEntity(title=request.title, content=request.content, author=author)
        self._post_repository.save(post)
        self._session.commit()
        return self._to_dto(post)

    def update(self, post_id: int, request: PostRequestDto, user: UserEntity) -> PostResponseDto:
        post = self._get_or_throw(post_id)
        self._check_ownership(post, user)
        post.title = request.title
        post.content = request.content
        self._post_repository.save(post)
        self._session.commit()
        return self._to_dto(post)

    def delete(self, post_id: int, user: UserEntity) -> None:
        post = self._get_or_throw(post_id)
        self._check_ownership(post, user)
        self._comment_repository.delete_by_post_id(post.id)
        self._post_repository.delete(post)
        self._session.commit()

    def _get_or_throw(self, post_id: int) -> PostEntity:
        post = self._post_repository.find_by_id(post_id)
        if post is None:
            raise ResourceNotFoundException(f"Post {post_id} not found")
        return post

    @staticmethod
    def _check_ownership(post: PostEntity, user: UserEntity) -> None:
        if post.author_id != user.id:
            raise AccessDeniedException("Only the author can modify this post")

    @staticmethod
    def _to_dto(post: PostEntity) -> PostResponseDto:
        return PostResponseDto(
            id=post.id,
            title=post.title,
            content=post.content,
            author=post.author.username,
            created_at=post.created_at,
            updated_at=post.updated_at,
        )
