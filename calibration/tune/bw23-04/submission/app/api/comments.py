from fastapi import APIRouter, status

from app import services
from app.api.dependencies import CommentsDep, CurrentUser, PageDep, PostsDep
from app.api.errors import NOT_FOUND, UNAUTHORIZED
from app.api.schemas import CommentIn, CommentOut

router = APIRouter(prefix="/posts/{post_id}/comments", tags=["comments"])


@router.get("", responses=NOT_FOUND, summary="List a post's comments, oldest first")
def list_comments(post_id: int, posts: PostsDep, comments: CommentsDep, page: PageDep) -> list[CommentOut]:
    found = services.comments_for(posts, comments, post_id, page.limit, page.offset)
    return [CommentOut.of(c) for c in found]


@router.post(
    "",
    status_code=status.HTTP_201_CREATED,
    responses={**UNAUTHORIZED, **NOT_FOUND},
    summary="Comment on a post",
)
def add_comment(
    post_id: int, body: CommentIn, user: CurrentUser, posts: PostsDep, comments: CommentsDep
) -> CommentOut:
    return CommentOut.of(services.comment_on(posts, comments, user, post_id, body.body))
