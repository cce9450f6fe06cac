from datetime import datetime, timezone
from typing import Annotated, Literal

from fastapi import APIRouter, HTTPException, Query, Response, status
from sqlmodel import func, select

from blog import settings
from blog.auth import CurrentUser, DbSession
from blog.models import Comment, Post
from blog.serializers import CommentCreate, CommentRead, Page, PostCreate, PostRead, PostUpdate

router = APIRouter(prefix="/posts", tags=["posts"])

Limit = Annotated[int, Query(ge=1, le=settings.MAX_PAGE_SIZE, description="Page size")]
Offset = Annotated[int, Query(ge=0, description="Number of records to skip")]

ORDERINGS = {
    "created_at": Post.created_at.asc(),
    "-created_at": Post.created_at.desc(),
    "title": Post.title.asc(),
    "-title": Post.title.desc(),
}

NOT_FOUND = {404: {"description": "No such post"}}


def serialize_post(post: Post) -> PostRead:
    return PostRead(
        id=post.id,
        title=post.title,
        content=post.content,
        author=post.author.username,
        created_at=post.created_at,
        updated_at=post.updated_at,
    )


def serialize_comment(comment: Comment) -> CommentRead:
    return CommentRead(
        id=comment.id,
        post_id=comment.post_id,
        body=comment.body,
        author=comment.author.username,
        created_at=comment.created_at,
    )


def get_object_or_404(session: DbSession, post_id: int) -> Post:
    post = session.get(Post, post_id)
    if post is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "Post not found.")
    return post


@router.get("", response_model=Page[PostRead], summary="List posts")
def post_list(
    session: DbSession,
    limit: Limit = settings.PAGE_SIZE,
    offset: Offset = 0,
    ordering: Literal["created_at", "-created_at", "title", "-title"] = "-created_at",
) -> Page[PostRead]:
    count = session.exec(select(func.count()).select_from(Post)).one()
    posts = session.exec(select(Post).order_by(ORDERINGS[ordering]).offset(offset).limit(limit)).all()
    return Page(count=count, limit=limit, offset=offset, results=[serialize_post(p) for p in posts])


@router.post(
    "",
    response_model=PostRead,
    status_code=status.HTTP_201_CREATED,
    summary="Publish a post",
    responses={401: {"description": "Not logged in"}},
)
def post_create(data: PostCreate, session: DbSession, user: CurrentUser) -> PostRead:
    post = Post(title=data.title, content=data.content, author_id=user.id)
    session.add(post)
    session.commit()
    session.refresh(post)
    return serialize_post(post)


@router.get("/{post_id}", response_model=PostRead, summary="Read a post", responses=NOT_FOUND)
def post_detail(post_id: int, session: DbSession) -> PostRead:
    return serialize_post(get_object_or_404(session, post_id))


@router.patch(
    "/{post_id}",
    response_model=PostRead,
    summary="Edit your post",
    responses={**NOT_FOUND, 401: {"description": "Not logged in"}, 403: {"description": "Not the author"}},
)
def post_update(post_id: int, data: PostUpdate, session: DbSession, user: CurrentUser) -> PostRead:
    post = get_object_or_404(session, post_id)
    if post.author_id != user.id:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "You can only edit your own posts.")
    for field, value in data.model_dump(exclude_unset=True).items():
        setattr(post, field, value)
    post.updated_at = datetime.now(timezone.utc)
    session.add(post)
    session.commit()
    session.refresh(post)
    return serialize_post(post)


@router.delete(
    "/{post_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    summary="Delete your post",
    responses={**NOT_FOUND, 401: {"description": "Not logged in"}, 403: {"description": "Not the author"}},
)
def post_delete(post_id: int, session: DbSession, user: CurrentUser) -> Response:
    post = get_object_or_404(session, post_id)
    if post.author_id != user.id:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "You can only delete your own posts.")
    session.delete(post)
    session.commit()
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.get(
    "/{post_id}/comments",
    response_model=Page[CommentRead],
    summary="List a post's comments",
    responses=NOT_FOUND,
)
def comment_list(post_id: int, session: DbSession, limit: Limit = settings.PAGE_SIZE, offset: Offset = 0) -> Page[CommentRead]:
    get_object_or_404(session, post_id)
    count = session.exec(select(func.count()).select_from(Comment).where(Comment.post_id == post_id)).one()
    comments = session.exec(
        select(Comment).where(Comment.post_id == post_id).order_by(Comment.created_at).offset(offset).limit(limit)
    ).all()
    return Page(count=count, limit=limit, offset=offset, results=[serialize_comment(c) for c in comments])


@router.post(
    "/{post_id}/comments",
    response_model=CommentRead,
    status_code=status.HTTP_201_CREATED,
    summary="Comment on a post",
    responses={**NOT_FOUND, 401: {"description": "Not logged in"}},
)
def comment_create(post_id: int, data: CommentCreate, session: DbSession, user: CurrentUser) -> CommentRead:
    get_object_or_404(session, post_id)
    comment = Comment(body=data.body, post_id=post_id, author_id=user.id)
    session.add(comment)
    session.commit()
    session.refresh(comment)
    return serialize_comment(comment)
