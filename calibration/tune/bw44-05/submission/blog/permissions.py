"""Object-level permissions, after DRF's BasePermission."""
from fastapi import HTTPException, status

from accounts.models import User
from blog.models import Post


class IsAuthor:
    message = "Only the author can modify this post."

    @classmethod
    def has_object_permission(cls, user: User, obj: Post) -> bool:
        return obj.author_id == user.id

    @classmethod
    def check(cls, user: User, obj: Post) -> None:
        if not cls.has_object_permission(user, obj):
            raise HTTPException(status.HTTP_403_FORBIDDEN, cls.message)
