"""Entity -> DTO mapping. Relationships must be eagerly loaded by the repository."""
from app.domain.entities import CommentEntity, PostEntity
from app.dto.comment_dto import CommentDTO
from app.dto.post_dto import PostDTO


def to_post_dto(post: PostEntity) -> PostDTO:
    return PostDTO(
        id=post.id,
        title=post.title,
        content=post.content,
        author_id=post.author_id,
        author_username=post.author.username,
        created_at=post.created_at,
        updated_at=post.updated_at,
    )


def to_comment_dto(comment: CommentEntity) -> CommentDTO:
    return CommentDTO(
        id=comment.id,
        post_id=comment.post_id,
        content=comment.content,
        author_id=comment.author_id,
        author_username=comment.author.username,
        created_at=comment.created_at,
    )
