from __future__ import annotations

from uuid import UUID

from fastapi import APIRouter, status

from blog.application.use_cases import AddComment, DeletePost, EditPost, GetPost, ListComments, ListPosts, PublishPost
from blog.entrypoints.http.dependencies import ContainerDep, CurrentUser, PageDep, UowDep
from blog.entrypoints.http.errors import responses
from blog.entrypoints.http.schemas import CommentIn, CommentOut, PageOut, PostIn, PostOut, PostPatch

router = APIRouter(prefix="/posts", tags=["posts"])


@router.get("", summary="List posts, newest first (public)")
async def list_posts(uow: UowDep, page: PageDep) -> PageOut[PostOut]:
    return PageOut[PostOut].model_validate(await ListPosts(uow)(page))


@router.get("/{post_id}", summary="Read a post (public)", responses=responses(404))
async def get_post(post_id: UUID, uow: UowDep) -> PostOut:
    return PostOut.model_validate(await GetPost(uow)(post_id))


@router.post("", status_code=status.HTTP_201_CREATED, summary="Publish a post", responses=responses(401))
async def publish_post(body: PostIn, user: CurrentUser, uow: UowDep, container: ContainerDep) -> PostOut:
    view = await PublishPost(uow, container.clock)(user, body.title, body.content)
    return PostOut.model_validate(view)


@router.patch(
    "/{post_id}",
    summary="Edit your own post",
    responses=responses(401, 403, 404),
)
async def edit_post(
    post_id: UUID, body: PostPatch, user: CurrentUser, uow: UowDep, container: ContainerDep
) -> PostOut:
    view = await EditPost(uow, container.clock)(user, post_id, body.title, body.content)
    return PostOut.model_validate(view)


@router.delete(
    "/{post_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    summary="Delete your own post and its comments",
    responses=responses(401, 403, 404),
)
async def delete_post(post_id: UUID, user: CurrentUser, uow: UowDep) -> None:
    await DeletePost(uow)(user, post_id)


@router.get("/{post_id}/comments", summary="List a post's comments, oldest first (public)", responses=responses(404))
async def list_comments(post_id: UUID, uow: UowDep, page: PageDep) -> PageOut[CommentOut]:
    return PageOut[CommentOut].model_validate(await ListComments(uow)(post_id, page))


@router.post(
    "/{post_id}/comments",
    status_code=status.HTTP_201_CREATED,
    summary="Comment on a post",
    responses=responses(401, 404),
)
async def add_comment(
    post_id: UUID, body: CommentIn, user: CurrentUser, uow: UowDep, container: ContainerDep
) -> CommentOut:
    view = await AddComment(uow, container.clock)(user, post_id, body.content)
    return CommentOut.model_validate(view)
