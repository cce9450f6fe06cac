from fastapi import APIRouter, Response, status

from app import services
from app.api.dependencies import CurrentUser, PageDep, PostsDep
from app.api.errors import FORBIDDEN, NOT_FOUND, UNAUTHORIZED
from app.api.schemas import PostIn, PostOut

router = APIRouter(prefix="/posts", tags=["posts"])


@router.get("", summary="List posts, newest first")
def list_posts(posts: PostsDep, page: PageDep) -> list[PostOut]:
    return [PostOut.of(p) for p in posts.page(page.limit, page.offset)]


@router.get("/{post_id}", responses=NOT_FOUND, summary="Read a post")
def get_post(post_id: int, posts: PostsDep) -> PostOut:
    return PostOut.of(services.get_post(posts, post_id))


@router.post("", status_code=status.HTTP_201_CREATED, responses=UNAUTHORIZED, summary="Publish a post")
def create_post(body: PostIn, user: CurrentUser, posts: PostsDep) -> PostOut:
    return PostOut.of(services.publish(posts, user, body.title, body.content))


@router.put(
    "/{post_id}",
    responses={**UNAUTHORIZED, **FORBIDDEN, **NOT_FOUND},
    summary="Replace a post (author only)",
)
def replace_post(post_id: int, body: PostIn, user: CurrentUser, posts: PostsDep) -> PostOut:
    return PostOut.of(services.edit_post(posts, user, post_id, body.title, body.content))


@router.delete(
    "/{post_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    responses={**UNAUTHORIZED, **FORBIDDEN, **NOT_FOUND},
    summary="Delete a post and its comments (author only)",
)
def delete_post(post_id: int, user: CurrentUser, posts: PostsDep) -> Response:
    services.delete_post(posts, user, post_id)
    return Response(status_code=status.HTTP_204_NO_CONTENT)
