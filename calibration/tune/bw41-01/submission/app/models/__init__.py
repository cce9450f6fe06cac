from app.models.application_record import ApplicationRecord, RecordInvalid, RecordNotFound
from app.models.comment import Comment
from app.models.post import Post
from app.models.user import User

__all__ = ["ApplicationRecord", "Comment", "Post", "RecordInvalid", "RecordNotFound", "User"]
