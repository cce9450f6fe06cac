from typing import Annotated

from fastapi import APIRouter, Query, Response, status

from blog import publishing
from blog_web.fallback import FORBIDDEN, NOT_FOUND, UNAUTHORIZED, fallback
from blog_web.json import PostJSON, PostParams, render_post
from blog_web.user_auth import CurrentUser, Session

router = APIRouter(prefix="/posts", tags=["posts"])

Limit = Annotated[int, Query(ge=1, le=100, description="Page size, 1..100")]
Offset = Annotated[int, Query(ge=0, description="Records to skip")]


@router.get("", response_model=list[PostJSON], summary="List posts, newest first")
async def index(session: Session, limit: Limit = 20, offset: Offset = 0) -> list[PostJSON]:
    posts = await publishing.list_posts(session, limit=limit, offset=offset)
    return [render_post(post) for post in posts]


@router.get("/{post_id}", response_model=PostJSON, responses=NOT_FOUND, summary="Read a post")
async def show(post_id: int, session: Session) -> PostJSON:
    match await publishing.fetch_post(session, post_id):
        case ("ok", post):
            return render_post(post)
        case error:
            fallback(error)


@router.post(
    "",
    status_code=status.HTTP_201_CREATED,
    response_model=PostJSON,
    responses=UNAUTHORIZED,
    summary="Publish a post",
)
async def create(params: PostParams, user: CurrentUser, session: Session) -> PostJSON:
    post = await publishing.create_post(session, user, params.model_dump())
    return render_post(post)


@router.put(
    "/{post_id}",
    response_model=PostJSON,
    responses={**UNAUTHORIZED, **FORBIDDEN, **NOT_FOUND},
    summary="Replace a post (author only)",
)
async def update(post_id: int, params: PostParams, user: CurrentUser, session: Session) -> PostJSON:
    match await publishing.update_post(session, user, post_id, params.model_dump()):
        case ("ok", post):
            return render_post(post)
        case error:
            fallback(error)


@router.delete(
    "/{post_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    response_class=Response,
    responses={**UNAUTHORIZED, **FORBIDDEN, **NOT_FOUND},
    summary="Delete a post and its comments (author only)",
)
async def delete(post_id: int, user: CurrentUser, session: Session) -> Response:
    match await publishing.delete_post(session, user, post_id):
        case ("ok", None):
            return Response(status_code=status.HTTP_204_NO_CONTENT)
        case error:
            fallback(error)
