from app.dto.dtos import CommentResponseDTO, PostResponseDTO, UserDTO
from app.model.entities import Comment, Post, User


class DtoMapper:
    @staticmethod
    def to_user_dto(user: User) -> UserDTO:
        return UserDTO(id=user.id, username=user.username)

    @staticmethod
    def to_post_dto(post: Post) -> PostResponseDTO:
        return PostResponseDTO(
            id=post.id,
            title=post.title,
            content=post.content,
            author=DtoMapper.to_user_dto(post.author),
            comment_count=len(post.comments),
            created_at=post.created_at,
        )

    @staticmethod
    def to_comment_dto(comment: Comment) -> CommentResponseDTO:
        return CommentResponseDTO(
            id=comment.id,
            post_id=comment.post_id,
            content=comment.content,
            author=DtoMapper.to_user_dto(comment.author),
            created_at=comment.created_at,
        )
