"""DRF-style permission classes, implemented as FastAPI dependencies / checks."""
from fastapi import Depends, HTTPException, status

from .auth import CREDENTIALS_EXCEPTION, get_optional_user
from .models import User


class IsAuthenticated:
    def __call__(self, user: User | None = Depends(get_optional_user)) -> User:
        if user is None:
            raise CREDENTIALS_EXCEPTION
        return user


class IsAuthorOrReadOnly:
    """Object-level permission; call has_object_permission() after fetching the object."""

    message = "You do not have permission to perform this action."

    def has_object_permission(self, user: User, obj: object) -> None:
        if getattr(obj, "author_id", None) != user.id:
            raise HTTPException(status.HTTP_403_FORBIDDEN, self.message)


is_authenticated = IsAuthenticated()
is_author_or_read_only = IsAuthorOrReadOnly()
