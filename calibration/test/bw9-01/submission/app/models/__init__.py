# Import every model here so that Base.metadata knows about all tables
# (the moral equivalent of Rails autoloading app/models).
from app.models.comment import Comment
from app.models.post import Post
from app.models.user import User

__all__ = ["Comment", "Post", "User"]
