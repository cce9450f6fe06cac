from app.Models.user import User
from app.Models.post import Post
from app.Models.comment import Comment
