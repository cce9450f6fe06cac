# Importing every model here means that `import app.models` registers all
# tables on Base.metadata, which create_all() needs.
from app.models.comment import Comment
from app.models.post import Post
from app.models.user import User

__all__ = ["User", "Post", "Comment"]
