from app.models.todo import Todo
from app.models.user import User

__all__ = ["Todo", "User"]
