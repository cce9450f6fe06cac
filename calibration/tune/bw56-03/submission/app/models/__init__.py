from app.models.model import Model
from app.models.user import User
from app.models.post import Post
from app.models.comment import Comment

__all__ = ["Model", "User", "Post", "Comment"]
