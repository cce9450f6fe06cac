from .user import User
from .post import Post
from .comment import Comment
