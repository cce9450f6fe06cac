from sqlalchemy.orm import Session

from app.dto.request import CreateCommentRequestDto
from app.dto.response import CommentResponseDto, PageResponseDto
from app.entity import CommentEntity, UserEntity
from app.repository.comment_repository import CommentRepository
from app.service.post_service import PostService


class CommentService:
    def __init__(self, session: Session) -> None:
        self._comment_repository = CommentRepository(session)
        self._post_service = PostService(session)

    @staticmethod
    def to_dto(comment: CommentEntity) -> CommentResponseDto:
        return CommentResponseDto(
            id=comment.id,
            post_id=comment.post_id,
            content=comment.content,
            author_id=comment.author_id,
            author_username=comment.author.username,
            created_at=comment.created_at,
        )

    def get_comments(self, post_id: int, limit: int, offset: int) -> PageResponseDto[CommentResponseDto]:
        self._post_service.find_post_or_throw(post_id)
        comments = self._comment_repository.find_by_post_id(post_id, limit, offset)
        return PageResponseDto[CommentResponseDto](
            items=[self.to_dto(comment) for comment in comments],
            total=self._comment_repository.count_by_post_id(post_id),
            limit=limit,
            offset=offset,
        )

    def add_comment(self, post_id: int, request: CreateCommentRequestDto, author: UserEntity) -> CommentResponseDto:
        self._post_service.find_post_or_throw(post_id)
        comment = CommentEntity(post_id=post_id, content=request.content, author_id=author.id)
        return self.to_dto(self._comment_repository.save(comment))
