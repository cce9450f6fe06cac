from app.entity.comment import CommentEntity
from app.entity.post import PostEntity
from app.entity.user import UserEntity

__all__ = ["UserEntity", "PostEntity", "CommentEntity"]
