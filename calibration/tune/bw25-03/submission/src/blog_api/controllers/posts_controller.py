from typing import Annotated

from fastapi import APIRouter, Depends, Query, Response, status

from blog_api.dependencies import CurrentUser, PostServiceDep
from blog_api.dtos.dtos import (
    CommentDto,
    CreateCommentRequest,
    CreatePostRequest,
    PagedResult,
    PostDto,
    ProblemDetails,
    UpdatePostRequest,
)
from blog_api.settings import AppSettings, get_settings

router = APIRouter(prefix="/api/posts", tags=["Posts"])
_settings: AppSettings = get_settings()

NotFound = {404: {"model": ProblemDetails, "description": "Post not found"}}
Unauthorized = {401: {"model": ProblemDetails, "description": "Missing or invalid token"}}
Forbidden = {403: {"model": ProblemDetails, "description": "Not the author"}}


class Paging:
    def __init__(
        self,
        limit: Annotated[int, Query(ge=1, le=_settings.max_page_size)] = _settings.default_page_size,
        offset: Annotated[int, Query(ge=0)] = 0,
    ) -> None:
        self.limit = limit
        self.offset = offset


PagingDep = Annotated[Paging, Depends()]


@router.get("", response_model=PagedResult[PostDto], summary="List posts (public)")
async def get_posts(service: PostServiceDep, paging: PagingDep) -> PagedResult[PostDto]:
    return await service.get_posts_async(paging.limit, paging.offset)


@router.get("/{post_id}", response_model=PostDto, responses=NotFound, summary="Get a post (public)")
async def get_post(post_id: int, service: PostServiceDep) -> PostDto:
    return await service.get_post_async(post_id)


@router.post(
    "",
    response_model=PostDto,
    status_code=status.HTTP_201_CREATED,
    responses=Unauthorized,
    summary="Publish a post",
)
async def create_post(
    request: CreatePostRequest, service: PostServiceDep, current_user: CurrentUser
) -> PostDto:
    return await service.create_post_async(request, current_user)


@router.patch(
    "/{post_id}",
    response_model=PostDto,
    responses={**NotFound, **Unauthorized, **Forbidden},
    summary="Edit a post (author only)",
)
async def update_post(
    post_id: int, request: UpdatePostRequest, service: PostServiceDep, current_user: CurrentUser
) -> PostDto:
    return await service.update_post_async(post_id, request, current_user)


@router.delete(
    "/{post_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    response_class=Response,
    responses={**NotFound, **Unauthorized, **Forbidden},
    summary="Delete a post (author only)",
)
async def delete_post(post_id: int, service: PostServiceDep, current_user: CurrentUser) -> Response:
    await service.delete_post_async(post_id, current_user)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.get(
    "/{post_id}/comments",
    response_model=PagedResult[CommentDto],
    responses=NotFound,
    summary="List a post's comments (public)",
)
async def get_comments(
    post_id: int, service: PostServiceDep, paging: PagingDep
) -> PagedResult[CommentDto]:
    return await service.get_comments_async(post_id, paging.limit, paging.offset)


@router.post(
    "/{post_id}/comments",
    response_model=CommentDto,
    status_code=status.HTTP_201_CREATED,
    responses={**NotFound, **Unauthorized},
    summary="Comment on a post",
)
async def add_comment(
    post_id: int,
    request: CreateCommentRequest,
    service: PostServiceDep,
    current_user: CurrentUser,
) -> CommentDto:
    return await service.add_comment_async(post_id, request, current_user)
