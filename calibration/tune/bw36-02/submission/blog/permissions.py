"""
DRF-style permission classes, usable as FastAPI dependencies.
"""
from fastapi import Depends, HTTPException, Request, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy.orm import Session

from blog.auth import decode_access_token
from blog.database import get_db
from blog.models import User

SAFE_METHODS = ("GET", "HEAD", "OPTIONS")

bearer_scheme = HTTPBearer(auto_error=False)


class NotAuthenticated(HTTPException):
    def __init__(self, detail: str = "Authentication credentials were not provided."):
        super().__init__(
            status_code=status.HTTP_401_UNAUTHORIZED,
            detail=detail,
            headers={"WWW-Authenticate": "Bearer"},
        )


class PermissionDenied(HTTPException):
    def __init__(self, detail: str = "You do not have permission to perform this action."):
        super().__init__(status_code=status.HTTP_403_FORBIDDEN, detail=detail)


class IsAuthenticated:
    """Returns the authenticated user, like request.user in DRF."""

    async def __call__(
        self,
        credentials: HTTPAuthorizationCredentials = Depends(bearer_scheme),
        db: Session = Depends(get_db),
    ) -> User:
        if credentials is None:
            raise NotAuthenticated()
        payload = decode_access_token(credentials.credentials)
        if payload is None:
            raise NotAuthenticated("Given token not valid for any token type")
        user = db.query(User).filter(User.id == payload.get("user_id")).first()
        if user is None:
            raise NotAuthenticated("User not found")
        return user


class IsAuthorOrReadOnly:
    message = "You do not have permission to perform this action."

    def has_object_permission(self, request: Request, user: User, obj) -> bool:
        if request.method in SAFE_METHODS:
            return True
        return obj.author_id == user.id

    def check_object_permissions(self, request: Request, user: User, obj) -> None:
        if not self.has_object_permission(request, user, obj):
            raise PermissionDenied(self.message)
