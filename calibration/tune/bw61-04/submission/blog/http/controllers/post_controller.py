from fastapi import APIRouter, Response, status

from blog.http.dependencies import CurrentUser, PageDep, PostServiceDep
from blog.http.requests import StorePostRequest, UpdatePostRequest
from blog.http.resources import ErrorResource, PostCollection, PostResource
from blog.models import Post

router = APIRouter(prefix="/posts", tags=["posts"])

UNAUTHENTICATED = {401: {"model": ErrorResource, "description": "Missing or invalid token"}}
FORBIDDEN = {403: {"model": ErrorResource, "description": "You are not the author"}}
NOT_FOUND = {404: {"model": ErrorResource, "description": "Post not found"}}


@router.get("", response_model=PostCollection, summary="List posts, newest first")
async def index(page: PageDep, posts: PostServiceDep) -> PostCollection:
    items, total = await posts.paginate(page.limit, page.offset)
    return PostCollection(
        data=[PostResource.model_validate(post) for post in items],
        total=total,
        limit=page.limit,
        offset=page.offset,
    )


@router.post(
    "",
    response_model=PostResource,
    status_code=status.HTTP_201_CREATED,
    summary="Publish a post",
    responses=UNAUTHENTICATED,
)
async def store(data: StorePostRequest, user: CurrentUser, posts: PostServiceDep) -> Post:
    return await posts.publish(user, data)


@router.get("/{post_id}", response_model=PostResource, summary="Read a post", responses=NOT_FOUND)
async def show(post_id: int, posts: PostServiceDep) -> Post:
    return await posts.find_or_fail(post_id)


@router.patch(
    "/{post_id}",
    response_model=PostResource,
    summary="Edit your post",
    responses={**UNAUTHENTICATED, **FORBIDDEN, **NOT_FOUND},
)
async def update(
    post_id: int, data: UpdatePostRequest, user: CurrentUser, posts: PostServiceDep
) -> Post:
    return await posts.update(user, post_id, data)


@router.delete(
    "/{post_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    response_class=Response,
    summary="Delete your post (and its comments)",
    responses={**UNAUTHENTICATED, **FORBIDDEN, **NOT_FOUND},
)
async def destroy(post_id: int, user: CurrentUser, posts: PostServiceDep) -> Response:
    await posts.delete(user, post_id)
    return Response(status_code=status.HTTP_204_NO_CONTENT)
