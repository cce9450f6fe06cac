from fastapi import APIRouter, HTTPException, Response, status
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from quill.deps import CurrentUser, PaginationDep, SessionDep
from quill.models import Post, User
from quill.schemas import (
    AuthorRef,
    ErrorBody,
    Page,
    PostCreate,
    PostId,
    PostRead,
    PostUpdate,
    Responses,
    UserId,
)

router = APIRouter(prefix="/posts", tags=["posts"])

_NOT_FOUND: Responses = {status.HTTP_404_NOT_FOUND: {"model": ErrorBody, "description": "No such post"}}
_UNAUTHORIZED: Responses = {status.HTTP_401_UNAUTHORIZED: {"model": ErrorBody}}
_FORBIDDEN: Responses = {status.HTTP_403_FORBIDDEN: {"model": ErrorBody, "description": "Not the author"}}


def to_post_read(post: Post) -> PostRead:
    return PostRead(
        id=PostId(post.id),
        title=post.title,
        content=post.content,
        author=AuthorRef(id=UserId(post.author.id), username=post.author.username),
        comment_count=len(post.comments),
        created_at=post.created_at,
        updated_at=post.updated_at,
    )


def get_post_or_404(session: Session, post_id: int) -> Post:
    post = session.get(Post, post_id)
    if post is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "Post not found")
    return post


def _owned_post(session: Session, post_id: int, user: User) -> Post:
    post = get_post_or_404(session, post_id)
    if post.author_id != user.id:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "Only the author may change this post")
    return post


@router.get("", response_model=Page[PostRead], summary="List posts, newest first")
def list_posts(session: SessionDep, page: PaginationDep) -> Page[PostRead]:
    total = session.scalar(select(func.count()).select_from(Post)) or 0
    posts = session.scalars(
        select(Post).order_by(Post.created_at.desc(), Post.id.desc()).limit(page.limit).offset(page.offset)
    ).all()
    return Page[PostRead](
        items=[to_post_read(post) for post in posts],
        total=total,
        limit=page.limit,
        offset=page.offset,
    )


@router.post(
    "",
    status_code=status.HTTP_201_CREATED,
    response_model=PostRead,
    summary="Publish a post",
    responses=_UNAUTHORIZED,
)
def create_post(payload: PostCreate, session: SessionDep, user: CurrentUser) -> PostRead:
    post = Post(title=payload.title, content=payload.content, author=user)
    session.add(post)
    session.commit()
    return to_post_read(post)


@router.get("/{post_id}", response_model=PostRead, summary="Read one post", responses=_NOT_FOUND)
def read_post(post_id: int, session: SessionDep) -> PostRead:
    return to_post_read(get_post_or_404(session, post_id))


@router.patch(
    "/{post_id}",
    response_model=PostRead,
    summary="Edit a post (author only)",
    responses={**_UNAUTHORIZED, **_FORBIDDEN, **_NOT_FOUND},
)
def update_post(
    post_id: int, payload: PostUpdate, session: SessionDep, user: CurrentUser
) -> PostRead:
    post = _owned_post(session, post_id, user)
    if payload.title is not None:
        post.title = payload.title
    if payload.content is not None:
        post.content = payload.content
    session.commit()
    return to_post_read(post)


@router.delete(
    "/{post_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    response_class=Response,
    summary="Delete a post (author only)",
    responses={**_UNAUTHORIZED, **_FORBIDDEN, **_NOT_FOUND},
)
def delete_post(post_id: int, session: SessionDep, user: CurrentUser) -> None:
    post = _owned_post(session, post_id, user)
    session.delete(post)
    session.commit()
