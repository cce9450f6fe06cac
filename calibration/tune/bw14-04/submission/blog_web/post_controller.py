from fastapi import APIRouter, Response, status

from blog import publishing
from blog_web.fallback import error, responses
from blog_web.plugs import CurrentUser, Pagination, Session
from blog_web.views import Page, PostJSON, PostParams, PostPatchParams

router = APIRouter(prefix="/posts", tags=["posts"])


@router.get("", response_model=Page[PostJSON], summary="List posts, newest first")
async def index(session: Session, page: Pagination) -> Page[PostJSON]:
    posts, total = await publishing.list_posts(session, page)
    return Page[PostJSON](
        data=[PostJSON.model_validate(p) for p in posts], total=total, **page
    )


@router.get(
    "/{post_id}", response_model=PostJSON, summary="Show a post", responses=responses("not_found")
)
async def show(post_id: int, session: Session) -> PostJSON:
    match await publishing.get_post(session, post_id):
        case ("ok", post):
            return PostJSON.model_validate(post)
        case ("error", reason):
            raise error(reason)


@router.post(
    "",
    status_code=status.HTTP_201_CREATED,
    response_model=PostJSON,
    summary="Publish a post",
    responses=responses("invalid_token"),
)
async def create(params: PostParams, user: CurrentUser, session: Session) -> PostJSON:
    match await publishing.create_post(session, user, params.model_dump()):
        case ("ok", post):
            return PostJSON.model_validate(post)
        case ("error", reason):
            raise error(reason)


@router.patch(
    "/{post_id}",
    response_model=PostJSON,
    summary="Edit your post",
    responses=responses("invalid_token", "forbidden", "not_found"),
)
async def update(
    post_id: int, params: PostPatchParams, user: CurrentUser, session: Session
) -> PostJSON:
    attrs = params.model_dump(exclude_unset=True)
    match await publishing.update_post(session, post_id, user, attrs):
        case ("ok", post):
            return PostJSON.model_validate(post)
        case ("error", reason):
            raise error(reason)


@router.delete(
    "/{post_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    response_class=Response,
    summary="Delete your post (and its comments)",
    responses=responses("invalid_token", "forbidden", "not_found"),
)
async def delete(post_id: int, user: CurrentUser, session: Session) -> Response:
    match await publishing.delete_post(session, post_id, user):
        case ("ok", _post):
            return Response(status_code=status.HTTP_204_NO_CONTENT)
        case ("error", reason):
            raise error(reason)
