from . import auth, comments, posts

__all__ = ["auth", "comments", "posts"]
