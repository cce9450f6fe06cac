from typing import Annotated

from fastapi import APIRouter, Query, status

from blog import publishing
from blog_web.fallback import NOT_FOUND, UNAUTHORIZED, fallback
from blog_web.json import CommentJSON, CommentParams, render_comment
from blog_web.user_auth import CurrentUser, Session

router = APIRouter(prefix="/posts/{post_id}/comments", tags=["comments"])

Limit = Annotated[int, Query(ge=1, le=100, description="Page size, 1..100")]
Offset = Annotated[int, Query(ge=0, description="Records to skip")]


@router.get(
    "",
    response_model=list[CommentJSON],
    responses=NOT_FOUND,
    summary="List a post's comments, oldest first",
)
async def index(
    post_id: int, session: Session, limit: Limit = 20, offset: Offset = 0
) -> list[CommentJSON]:
    match await publishing.list_comments(session, post_id, limit=limit, offset=offset):
        case ("ok", comments):
            return [render_comment(comment) for comment in comments]
        case error:
            fallback(error)


@router.post(
    "",
    status_code=status.HTTP_201_CREATED,
    response_model=CommentJSON,
    responses={**UNAUTHORIZED, **NOT_FOUND},
    summary="Comment on a post",
)
async def create(
    post_id: int, params: CommentParams, user: CurrentUser, session: Session
) -> CommentJSON:
    match await publishing.add_comment(session, user, post_id, params.model_dump()):
        case ("ok", comment):
            return render_comment(comment)
        case error:
            fallback(error)
