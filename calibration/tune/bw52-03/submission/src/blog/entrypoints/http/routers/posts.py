from typing import Annotated

from fastapi import APIRouter, Path, Response, status

from blog.entrypoints.http.deps import ContainerDep, CurrentUser, Paging
from blog.entrypoints.http.errors import responses
from blog.entrypoints.http.schemas import PageOut, PostIn, PostOut, PostPatch, page_of

router = APIRouter(prefix="/posts", tags=["posts"])

PostId = Annotated[int, Path(ge=1, le=2**31 - 1, description="Post id")]


@router.get("", response_model=PageOut[PostOut], summary="List posts, newest first (public)")
async def list_posts(paging: Paging, container: ContainerDep) -> PageOut[PostOut]:
    return page_of(await container.posts.list(paging))


@router.get(
    "/{post_id}", response_model=PostOut, summary="Read a post (public)", responses=responses(404)
)
async def get_post(post_id: PostId, container: ContainerDep) -> PostOut:
    return PostOut.of(await container.posts.get(post_id))


@router.post(
    "",
    status_code=status.HTTP_201_CREATED,
    response_model=PostOut,
    summary="Publish a post",
    responses=responses(401),
)
async def create_post(body: PostIn, user: CurrentUser, container: ContainerDep) -> PostOut:
    return PostOut.of(await container.posts.publish(user, body.title, body.content))


@router.patch(
    "/{post_id}",
    response_model=PostOut,
    summary="Edit your own post",
    responses=responses(401, 403, 404),
)
async def edit_post(
    post_id: PostId, body: PostPatch, user: CurrentUser, container: ContainerDep
) -> PostOut:
    return PostOut.of(await container.posts.edit(user, post_id, body.to_changes()))


@router.delete(
    "/{post_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    response_class=Response,
    summary="Delete your own post (and its comments)",
    responses=responses(401, 403, 404),
)
async def delete_post(post_id: PostId, user: CurrentUser, container: ContainerDep) -> Response:
    await container.posts.remove(user, post_id)
    return Response(status_code=status.HTTP_204_NO_CONTENT)
