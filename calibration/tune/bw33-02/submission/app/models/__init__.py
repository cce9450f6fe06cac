from app.models.model import Base, Model, ModelNotFoundException
from app.models.user import User, PersonalAccessToken
from app.models.post import Post
from app.models.comment import Comment

__all__ = ["Base", "Model", "ModelNotFoundException", "User", "PersonalAccessToken", "Post", "Comment"]
