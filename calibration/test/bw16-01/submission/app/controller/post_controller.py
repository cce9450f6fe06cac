from typing import Annotated

from fastapi import APIRouter, Depends, Path, Response, status
from sqlalchemy.orm import Session

from app.controller.pagination import PageRequest, page_request
from app.database import get_session
from app.dto.request import CreatePostRequestDto, UpdatePostRequestDto
from app.dto.response import ErrorResponseDto, PageResponseDto, PostResponseDto
from app.entity import UserEntity
from app.security.dependencies import get_current_user
from app.service.post_service import PostService

router = APIRouter(prefix="/api/posts", tags=["Posts"])

NOT_FOUND = {404: {"model": ErrorResponseDto, "description": "Post not found"}}
UNAUTHORIZED = {401: {"model": ErrorResponseDto, "description": "Missing or invalid token"}}
FORBIDDEN = {403: {"model": ErrorResponseDto, "description": "Not the author of the post"}}


def get_post_service(session: Annotated[Session, Depends(get_session)]) -> PostService:
    return PostService(session)


PostId = Annotated[int, Path(ge=1)]
Service = Annotated[PostService, Depends(get_post_service)]
CurrentUser = Annotated[UserEntity, Depends(get_current_user)]


@router.get("", response_model=PageResponseDto[PostResponseDto], summary="List posts, newest first")
def get_posts(service: Service, page: Annotated[PageRequest, Depends(page_request)]):
    return service.get_posts(page.limit, page.offset)


@router.get("/{post_id}", response_model=PostResponseDto, summary="Get a post", responses=NOT_FOUND)
def get_post(post_id: PostId, service: Service) -> PostResponseDto:
    return service.get_post(post_id)


@router.post(
    "",
    response_model=PostResponseDto,
    status_code=status.HTTP_201_CREATED,
    summary="Publish a post",
    responses=UNAUTHORIZED,
)
def create_post(request: CreatePostRequestDto, service: Service, user: CurrentUser) -> PostResponseDto:
    return service.create_post(request, user)


@router.patch(
    "/{post_id}",
    response_model=PostResponseDto,
    summary="Edit your own post",
    responses={**NOT_FOUND, **UNAUTHORIZED, **FORBIDDEN},
)
def update_post(
    post_id: PostId, request: UpdatePostRequestDto, service: Service, user: CurrentUser
) -> PostResponseDto:
    return service.update_post(post_id, request, user)


@router.delete(
    "/{post_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    summary="Delete your own post",
    responses={**NOT_FOUND, **UNAUTHORIZED, **FORBIDDEN},
)
def delete_post(post_id: PostId, service: Service, user: CurrentUser) -> Response:
    service.delete_post(post_id, user)
    return Response(status_code=status.HTTP_204_NO_CONTENT)
