from typing import Annotated

from fastapi import APIRouter, Depends, Query, Response, status

from blog_api.common.decorators.current_user import CurrentUser
from blog_api.common.dto.pagination import PaginatedResponseDto, PaginationQueryDto
from blog_api.modules.posts.dto.post_dto import CreatePostDto, PostResponseDto, UpdatePostDto
from blog_api.modules.posts.post_entity import Post
from blog_api.modules.posts.posts_service import PostsService, get_posts_service

router = APIRouter(prefix="/posts", tags=["posts"])

Service = Annotated[PostsService, Depends(get_posts_service)]

UNAUTHORIZED = {401: {"description": "Missing or invalid token"}}
FORBIDDEN = {403: {"description": "Not the author of this post"}}
NOT_FOUND = {404: {"description": "Post not found"}}


@router.get(
    "",
    response_model=PaginatedResponseDto[PostResponseDto],
    summary="List posts, newest first (public)",
)
async def find_all(
    pagination: Annotated[PaginationQueryDto, Query()], posts_service: Service
) -> PaginatedResponseDto[PostResponseDto]:
    posts, total = await posts_service.find_all(pagination.limit, pagination.offset)
    return PaginatedResponseDto[PostResponseDto](
        items=[PostResponseDto.model_validate(post) for post in posts],
        total=total,
        limit=pagination.limit,
        offset=pagination.offset,
    )


@router.get(
    "/{post_id}",
    response_model=PostResponseDto,
    summary="Get one post (public)",
    responses=NOT_FOUND,
)
async def find_one(post_id: int, posts_service: Service) -> Post:
    return await posts_service.find_one(post_id)


@router.post(
    "",
    status_code=status.HTTP_201_CREATED,
    response_model=PostResponseDto,
    summary="Publish a post",
    responses=UNAUTHORIZED,
)
async def create(dto: CreatePostDto, user: CurrentUser, posts_service: Service) -> Post:
    return await posts_service.create(dto, user)


@router.patch(
    "/{post_id}",
    response_model=PostResponseDto,
    summary="Edit a post (author only)",
    responses={**UNAUTHORIZED, **FORBIDDEN, **NOT_FOUND},
)
async def update(
    post_id: int, dto: UpdatePostDto, user: CurrentUser, posts_service: Service
) -> Post:
    return await posts_service.update(post_id, dto, user)


@router.delete(
    "/{post_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    response_class=Response,
    summary="Delete a post and its comments (author only)",
    responses={**UNAUTHORIZED, **FORBIDDEN, **NOT_FOUND},
)
async def remove(post_id: int, user: CurrentUser, posts_service: Service) -> None:
    await posts_service.remove(post_id, user)
