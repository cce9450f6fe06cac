from typing import Annotated

from fastapi import APIRouter, HTTPException, Path, Response, status
from sqlalchemy import func
from sqlalchemy.orm import selectinload
from sqlmodel import Session, col, select

from inkwell.api.responses import errors
from inkwell.deps import CurrentUser, PageDep, SessionDep
from inkwell.models import Comment, Post
from inkwell.schemas import CommentCreate, CommentRead, Page

router = APIRouter(prefix="/posts/{post_id}/comments", tags=["comments"])

PostId = Annotated[int, Path(ge=1, description="Post id")]
CommentId = Annotated[int, Path(ge=1, description="Comment id")]


def _existing_post(session: Session, post_id: int) -> Post:
    post = session.get(Post, post_id)
    if post is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "Post not found")
    return post


@router.get(
    "",
    summary="List a post's comments",
    description="Public. Oldest first; paginated with `limit` and `offset`.",
    responses=errors(404),
)
def list_comments(post_id: PostId, session: SessionDep, page: PageDep) -> Page[CommentRead]:
    _existing_post(session, post_id)
    total = session.exec(
        select(func.count()).select_from(Comment).where(col(Comment.post_id) == post_id)
    ).one()
    comments = session.exec(
        select(Comment)
        .where(col(Comment.post_id) == post_id)
        .options(selectinload(Comment.author))  # type: ignore[arg-type]
        .order_by(col(Comment.created_at).asc(), col(Comment.id).asc())
        .offset(page.offset)
        .limit(page.limit)
    ).all()
    return Page[CommentRead](
        items=[CommentRead.model_validate(c) for c in comments],
        total=total,
        limit=page.limit,
        offset=page.offset,
    )


@router.post(
    "",
    status_code=status.HTTP_201_CREATED,
    summary="Comment on a post",
    responses=errors(401, 404),
)
def create_comment(
    post_id: PostId, body: CommentCreate, session: SessionDep, user: CurrentUser
) -> CommentRead:
    _existing_post(session, post_id)
    assert user.id is not None
    comment = Comment(content=body.content, post_id=post_id, author_id=user.id)
    session.add(comment)
    session.commit()
    session.refresh(comment)
    return CommentRead.model_validate(comment)


@router.delete(
    "/{comment_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    summary="Delete a comment",
    description="Allowed for the comment's author and for the author of the post.",
    responses=errors(401, 403, 404),
)
def delete_comment(
    post_id: PostId, comment_id: CommentId, session: SessionDep, user: CurrentUser
) -> Response:
    post = _existing_post(session, post_id)
    comment = session.get(Comment, comment_id)
    if comment is None or comment.post_id != post_id:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "Comment not found")
    if user.id not in (comment.author_id, post.author_id):
        raise HTTPException(status.HTTP_403_FORBIDDEN, "Not allowed to delete this comment")
    session.delete(comment)
    session.commit()
    return Response(status_code=status.HTTP_204_NO_CONTENT)
