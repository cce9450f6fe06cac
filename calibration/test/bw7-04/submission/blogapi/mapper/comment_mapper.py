from blogapi.domain.entities import CommentEntity, UserEntity
from blogapi.dto.comment_dto import CommentResponseDto, CreateCommentRequestDto
from blogapi.dto.user_dto import AuthorSummaryDto


class CommentMapper:
    def to_entity(self, request: CreateCommentRequestDto, post_id: int, author_id: int) -> CommentEntity:
        return CommentEntity(content=request.content, post_id=post_id, author_id=author_id)

    def to_response_dto(self, comment: CommentEntity, author: UserEntity) -> CommentResponseDto:
        return CommentResponseDto(
            id=comment.id,
            post_id=comment.post_id,
            content=comment.content,
            author=AuthorSummaryDto(id=author.id, username=author.username),
            created_at=comment.created_at,
        )
