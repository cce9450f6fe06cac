# Import every entity so the mapper registry knows all of them (like Doctrine's mapping dir).
from src.Entity.Comment import Comment
from src.Entity.Post import Post
from src.Entity.User import User

__all__ = ["Comment", "Post", "User"]
