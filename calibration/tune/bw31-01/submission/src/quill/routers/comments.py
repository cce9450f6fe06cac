from fastapi import APIRouter, status
from sqlalchemy import func, select

from quill.deps import CurrentUser, PaginationDep, SessionDep
from quill.models import Comment
from quill.routers.posts import get_post_or_404
from quill.schemas import (
    AuthorRef,
    CommentCreate,
    CommentId,
    CommentRead,
    ErrorBody,
    Page,
    PostId,
    Responses,
    UserId,
)

router = APIRouter(prefix="/posts/{post_id}/comments", tags=["comments"])

_NOT_FOUND: Responses = {status.HTTP_404_NOT_FOUND: {"model": ErrorBody, "description": "No such post"}}
_UNAUTHORIZED: Responses = {status.HTTP_401_UNAUTHORIZED: {"model": ErrorBody}}


def to_comment_read(comment: Comment) -> CommentRead:
    return CommentRead(
        id=CommentId(comment.id),
        post_id=PostId(comment.post_id),
        body=comment.body,
        author=AuthorRef(id=UserId(comment.author.id), username=comment.author.username),
        created_at=comment.created_at,
    )


@router.get(
    "",
    response_model=Page[CommentRead],
    summary="List a post's comments, oldest first",
    responses=_NOT_FOUND,
)
def list_comments(post_id: int, session: SessionDep, page: PaginationDep) -> Page[CommentRead]:
    get_post_or_404(session, post_id)
    total = session.scalar(
        select(func.count()).select_from(Comment).where(Comment.post_id == post_id)
    ) or 0
    comments = session.scalars(
        select(Comment)
        .where(Comment.post_id == post_id)
        .order_by(Comment.id)
        .limit(page.limit)
        .offset(page.offset)
    ).all()
    return Page[CommentRead](
        items=[to_comment_read(c) for c in comments],
        total=total,
        limit=page.limit,
        offset=page.offset,
    )


@router.post(
    "",
    status_code=status.HTTP_201_CREATED,
    response_model=CommentRead,
    summary="Comment on a post",
    responses={**_UNAUTHORIZED, **_NOT_FOUND},
)
def create_comment(
    post_id: int, payload: CommentCreate, session: SessionDep, user: CurrentUser
) -> CommentRead:
    post = get_post_or_404(session, post_id)
    comment = Comment(post=post, author=user, body=payload.body)
    session.add(comment)
    session.commit()
    return to_comment_read(comment)
