from fastapi import APIRouter, status

from blog import publishing
from blog_web.fallback import error, responses
from blog_web.plugs import CurrentUser, Pagination, Session
from blog_web.views import CommentJSON, CommentParams, Page

router = APIRouter(prefix="/posts/{post_id}/comments", tags=["comments"])


@router.get(
    "",
    response_model=Page[CommentJSON],
    summary="List a post's comments, oldest first",
    responses=responses("not_found"),
)
async def index(post_id: int, session: Session, page: Pagination) -> Page[CommentJSON]:
    match await publishing.list_comments(session, post_id, page):
        case ("ok", (comments, total)):
            return Page[CommentJSON](
                data=[CommentJSON.model_validate(c) for c in comments], total=total, **page
            )
        case ("error", reason):
            raise error(reason)


@router.post(
    "",
    status_code=status.HTTP_201_CREATED,
    response_model=CommentJSON,
    summary="Comment on a post",
    responses=responses("invalid_token", "not_found"),
)
async def create(
    post_id: int, params: CommentParams, user: CurrentUser, session: Session
) -> CommentJSON:
    match await publishing.create_comment(session, post_id, user, params.model_dump()):
        case ("ok", comment):
            return CommentJSON.model_validate(comment)
        case ("error", reason):
            raise error(reason)
