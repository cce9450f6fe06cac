from blog.entity.comment import Comment
from blog.entity.post import Post
from blog.entity.user import User

__all__ = ["Comment", "Post", "User"]
