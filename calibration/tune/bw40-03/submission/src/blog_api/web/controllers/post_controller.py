from typing import cast

from fastapi import APIRouter, status

from blog_api import blog
from blog_api.result import Err, Ok
from blog_api.web.fallback import responses, to_http
from blog_api.web.params import PostParams, PostPatchParams
from blog_api.web.plugs import CurrentUser, Pagination, PostId, SessionDep
from blog_api.web.views import Page, PostView

router = APIRouter(prefix="/posts", tags=["posts"])


@router.get("", response_model=Page[PostView], summary="List posts, newest first")
async def index(session: SessionDep, page: Pagination) -> Page[PostView]:
    posts = await blog.list_posts(session, limit=page.limit, offset=page.offset)
    return Page[PostView](
        data=[PostView.model_validate(post) for post in posts],
        limit=page.limit,
        offset=page.offset,
    )


@router.get("/{post_id}", response_model=PostView, summary="Read a post", responses=responses(404))
async def show(post_id: PostId, session: SessionDep) -> PostView:
    match await blog.fetch_post(session, post_id):
        case Ok(post):
            return PostView.model_validate(post)
        case Err(reason):
            raise to_http(reason)


@router.post(
    "",
    status_code=status.HTTP_201_CREATED,
    response_model=PostView,
    summary="Publish a post",
    responses=responses(401),
)
async def create(params: PostParams, user: CurrentUser, session: SessionDep) -> PostView:
    post = await blog.create_post(
        session, user, blog.PostAttrs(title=params.title, content=params.content)
    )
    return PostView.model_validate(post)


@router.patch(
    "/{post_id}",
    response_model=PostView,
    summary="Edit your own post",
    responses=responses(401, 403, 404),
)
async def update(
    post_id: PostId, params: PostPatchParams, user: CurrentUser, session: SessionDep
) -> PostView:
    changes = cast(blog.PostChanges, params.model_dump(exclude_unset=True))
    match await blog.update_post(session, post_id, user, changes):
        case Ok(post):
            return PostView.model_validate(post)
        case Err(reason):
            raise to_http(reason)


@router.delete(
    "/{post_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    summary="Delete your own post and its comments",
    responses=responses(401, 403, 404),
)
async def delete(post_id: PostId, user: CurrentUser, session: SessionDep) -> None:
    match await blog.delete_post(session, post_id, user):
        case Ok(None):
            return None
        case Err(reason):
            raise to_http(reason)
