from datetime import datetime, timezone

from sqlalchemy.orm import Session

from app.dto.request import CreatePostRequestDto, UpdatePostRequestDto
from app.dto.response import PageResponseDto, PostResponseDto
from app.entity import PostEntity, UserEntity
from app.exception.exceptions import AccessDeniedException, ResourceNotFoundException
from app.repository.post_repository import PostRepository


class PostService:
    def __init__(self, session: Session) -> None:
        self._post_repository = PostRepository(session)

    @staticmethod
    def to_dto(post: PostEntity) -> PostResponseDto:
        return PostResponseDto(
            id=post.id,
            title=post.title,
            content=post.content,
            author_id=post.author_id,
            author_username=post.author.username,
            comment_count=len(post.comments),
            created_at=post.created_at,
            updated_at=post.updated_at,
        )

    def get_posts(self, limit: int, offset: int) -> PageResponseDto[PostResponseDto]:
        posts = self._post_repository.find_all(limit, offset)
        return PageResponseDto[PostResponseDto](
            items=[self.to_dto(post) for post in posts],
            total=self._post_repository.count(),
            limit=limit,
            offset=offset,
        )

    def get_post(self, post_id: int) -> PostResponseDto:
        return self.to_dto(self.find_post_or_throw(post_id))

    def create_post(self, request: CreatePostRequestDto, author: UserEntity) -> PostResponseDto:
        post = PostEntity(title=request.title, content=request.content, author_id=author.id)
        return self.to_dto(self._post_repository.save(post))

    def update_post(self, post_id: int, request: UpdatePostRequestDto, user: UserEntity) -> PostResponseDto:
        post = self._find_own_post(post_id, user)
        if request.title is not None:
            post.title = request.title
        if request.content is not None:
            post.content = request.content
        post.updated_at = datetime.now(timezone.utc)
        return self.to_dto(self._post_repository.save(post))

    def delete_post(self, post_id: int, user: UserEntity) -> None:
        self._post_repository.delete(self._find_own_post(post_id, user))

    def find_post_or_throw(self, post_id: int) -> PostEntity:
        post = self._post_repository.find_by_id(post_id)
        if post is None:
            raise ResourceNotFoundException(f"Post with id {post_id} not found")
        return post

    def _find_own_post(self, post_id: int, user: UserEntity) -> PostEntity:
        post = self.find_post_or_throw(post_id)
        if post.author_id != user.id:
            raise AccessDeniedException("Only the author can modify this post")
        return post
