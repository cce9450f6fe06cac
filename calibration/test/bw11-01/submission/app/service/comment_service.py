from sqlalchemy.orm import Session

from app.dto.comment_dto import CommentRequestDto, CommentResponseDto
from app.dto.page_dto import PageDto
from app.entity.comment_entity import CommentEntity
from app.entity.user_entity import UserEntity
from app.exception.exceptions import ResourceNotFoundException
from app.repository.comment_repository import CommentRepository
from app.repository.post_repository import PostRepository


class CommentService:
    def __init__(
        self,
        session: Session,
        post_repository: PostRepository,
        comment_repository: CommentRepository,
    ) -> None:
        self._session = session
        self._post_repository = post_repository
        self._comment_repository = comment_repository

    def find_by_post(self, post_id: int, limit: int, offset: int) -> PageDto[CommentResponseDto]:
        self._assert_post_exists(post_id)
        comments = self._comment_repository.find_by_post_id(post_id, limit, offset)
        return PageDto[CommentResponseDto](
            content=[self._to_dto(comment) for comment in comments],
            limit=limit,
            offset=offset,
            total_elements=self._comment_repository.count_by_post_id(post_id),
        )

    def add(self, post_id: int, request: CommentRequestDto, author: UserEntity) -> CommentResponseDto:
        self._assert_post_exists(post_id)
        comment = CommentEntity(post_id=post_id, body=request.body, author=author)
        self._comment_repository.save(comment)
        self._session.commit()
        return self._to_dto(comment)

    def _assert_post_exists(self, post_id: int) -> None:
        if not self._post_repository.exists_by_id(post_id):
            raise ResourceNotFoundException(f"Post {post_id} not found")

    @staticmethod
    def _to_dto(comment: CommentEntity) -> CommentResponseDto:
        return CommentResponseDto(
            id=comment.id,
            post_id=comment.post_id,
            body=comment.body,
            author=comment.author.username,
            created_at=comment.created_at,
        )
