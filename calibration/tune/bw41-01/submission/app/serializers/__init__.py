from app.serializers.comment import CommentCreate, CommentOut
from app.serializers.post import PostCreate, PostOut, PostUpdate
from app.serializers.user import Token, UserCreate, UserOut

__all__ = [
    "CommentCreate",
    "CommentOut",
    "PostCreate",
    "PostOut",
    "PostUpdate",
    "Token",
    "UserCreate",
    "UserOut",
]
