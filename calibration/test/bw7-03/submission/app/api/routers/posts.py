from fastapi import APIRouter, Response, status

from app.api.deps import CurrentUser, PaginationDep, PostId, PostServiceDep
from app.schemas.common import Page, error_responses
from app.schemas.posts import PostCreate, PostRead, PostUpdate

router = APIRouter(prefix="/posts", tags=["posts"])


@router.get("", response_model=Page[PostRead], summary="List posts, newest first")
async def list_posts(page: PaginationDep, posts: PostServiceDep) -> Page[PostRead]:
    return await posts.list_posts(limit=page.limit, offset=page.offset)


@router.post(
    "",
    response_model=PostRead,
    status_code=status.HTTP_201_CREATED,
    summary="Publish a post",
    responses=error_responses(401),
)
async def create_post(data: PostCreate, user: CurrentUser, posts: PostServiceDep) -> PostRead:
    return await posts.create_post(user, data)


@router.get("/{post_id}", response_model=PostRead, summary="Read a post", responses=error_responses(404))
async def get_post(post_id: PostId, posts: PostServiceDep) -> PostRead:
    return await posts.get_post(post_id)


@router.patch(
    "/{post_id}",
    response_model=PostRead,
    summary="Edit your post",
    responses=error_responses(401, 403, 404),
)
async def update_post(post_id: PostId, data: PostUpdate, user: CurrentUser, posts: PostServiceDep) -> PostRead:
    return await posts.update_post(user, post_id, data)


@router.delete(
    "/{post_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    response_class=Response,
    summary="Delete your post (and its comments)",
    responses=error_responses(401, 403, 404),
)
async def delete_post(post_id: PostId, user: CurrentUser, posts: PostServiceDep) -> Response:
    await posts.delete_post(user, post_id)
    return Response(status_code=status.HTTP_204_NO_CONTENT)
