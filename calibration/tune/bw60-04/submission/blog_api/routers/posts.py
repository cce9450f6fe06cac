from typing import Annotated, Any

from fastapi import APIRouter, Query, status

from blog_api.deps import CurrentUser, ServiceDep
from blog_api.schemas import ErrorOut, Page, PostIn, PostOut, PostPatch

router = APIRouter(prefix="/posts", tags=["posts"])

Limit = Annotated[int, Query(ge=1, le=100, description="page size (1-100)")]
Offset = Annotated[int, Query(ge=0, le=1_000_000, description="items to skip")]

R401: dict[int | str, dict[str, Any]] = {401: {"model": ErrorOut, "description": "Not logged in"}}
R403: dict[int | str, dict[str, Any]] = {403: {"model": ErrorOut, "description": "Not the author"}}
R404: dict[int | str, dict[str, Any]] = {404: {"model": ErrorOut, "description": "No such post"}}


@router.get("", response_model=Page[PostOut], summary="List posts, newest first")
async def list_posts(service: ServiceDep, limit: Limit = 20, offset: Offset = 0) -> Page[PostOut]:
    return await service.list_posts(limit, offset)


@router.get("/{post_id}", response_model=PostOut, summary="Read a post", responses=R404)
async def get_post(post_id: int, service: ServiceDep) -> PostOut:
    return await service.get_post(post_id)


@router.post(
    "",
    status_code=status.HTTP_201_CREATED,
    response_model=PostOut,
    summary="Publish a post",
    responses=R401,
)
async def create_post(body: PostIn, user: CurrentUser, service: ServiceDep) -> PostOut:
    return await service.create_post(body, user)


@router.patch(
    "/{post_id}",
    response_model=PostOut,
    summary="Edit your own post",
    responses=R401 | R403 | R404,
)
async def update_post(
    post_id: int, body: PostPatch, user: CurrentUser, service: ServiceDep
) -> PostOut:
    return await service.update_post(post_id, body, user)


@router.delete(
    "/{post_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    summary="Delete your own post (and its comments)",
    responses=R401 | R403 | R404,
)
async def delete_post(post_id: int, user: CurrentUser, service: ServiceDep) -> None:
    await service.delete_post(post_id, user)
