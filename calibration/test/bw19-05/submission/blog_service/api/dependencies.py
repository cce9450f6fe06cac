from typing import Annotated

from fastapi import Depends, Query, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from blog_service.application.services import CommentService, PostService, UserService
from blog_service.core.container import Container
from blog_service.domain.entities import User

bearer_scheme = HTTPBearer(description="JWT obtained from POST /api/auth/token")


def get_container(request: Request) -> Container:
    container: Container = request.app.state.container
    return container


def get_user_service(container: Annotated[Container, Depends(get_container)]) -> UserService:
    return container.user_service()


def get_post_service(container: Annotated[Container, Depends(get_container)]) -> PostService:
    return container.post_service()


def get_comment_service(container: Annotated[Container, Depends(get_container)]) -> CommentService:
    return container.comment_service()


def get_current_user(
    credentials: Annotated[HTTPAuthorizationCredentials, Depends(bearer_scheme)],
    service: Annotated[UserService, Depends(get_user_service)],
) -> User:
    return service.get_user_by_token(credentials.credentials)


class PaginationParams:
    def __init__(
        self,
        limit: Annotated[int, Query(ge=1, le=100, description="Page size (max 100)")] = 20,
        offset: Annotated[int, Query(ge=0, description="Items to skip")] = 0,
    ) -> None:
        self.limit = limit
        self.offset = offset


CurrentUser = Annotated[User, Depends(get_current_user)]
Pagination = Annotated[PaginationParams, Depends()]
