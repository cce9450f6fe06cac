from fastapi import APIRouter, status

from blog_api import blog
from blog_api.result import Err, Ok
from blog_api.web.fallback import responses, to_http
from blog_api.web.params import CommentParams
from blog_api.web.plugs import CurrentUser, Pagination, PostId, SessionDep
from blog_api.web.views import CommentView, Page

router = APIRouter(prefix="/posts/{post_id}/comments", tags=["comments"])


@router.get(
    "",
    response_model=Page[CommentView],
    summary="List a post's comments, oldest first",
    responses=responses(404),
)
async def index(post_id: PostId, session: SessionDep, page: Pagination) -> Page[CommentView]:
    match await blog.list_comments(session, post_id, limit=page.limit, offset=page.offset):
        case Ok(comments):
            return Page[CommentView](
                data=[CommentView.model_validate(comment) for comment in comments],
                limit=page.limit,
                offset=page.offset,
            )
        case Err(reason):
            raise to_http(reason)


@router.post(
    "",
    status_code=status.HTTP_201_CREATED,
    response_model=CommentView,
    summary="Comment on a post",
    responses=responses(401, 404),
)
async def create(
    post_id: PostId, params: CommentParams, user: CurrentUser, session: SessionDep
) -> CommentView:
    attrs = blog.CommentAttrs(content=params.content)
    match await blog.create_comment(session, post_id, user, attrs):
        case Ok(comment):
            return CommentView.model_validate(comment)
        case Err(reason):
            raise to_http(reason)
