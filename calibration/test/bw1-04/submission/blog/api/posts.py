from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Response, status
from sqlalchemy import func, select
from sqlalchemy.orm import joinedload

from blog.dependencies import CurrentUser, DbSession, Pagination
from blog.models import Post
from blog.schemas import ErrorOut, PostIn, PostOut, PostPage

router = APIRouter(prefix="/posts", tags=["posts"])

NOT_FOUND = {404: {"model": ErrorOut, "description": "Post not found"}}
FORBIDDEN = {403: {"model": ErrorOut, "description": "Not the author of this post"}}
UNAUTHORIZED = {401: {"model": ErrorOut, "description": "Not authenticated"}}


def _get_post_or_404(session: DbSession, post_id: int) -> Post:
    post = session.scalar(select(Post).options(joinedload(Post.author)).where(Post.id == post_id))
    if post is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, detail="Post not found")
    return post


@router.get("", response_model=PostPage, summary="List posts, newest first")
async def list_posts(session: DbSession, page: Annotated[Pagination, Depends()]) -> PostPage:
    count = session.scalar(select(func.count()).select_from(Post)) or 0
    posts = session.scalars(
        select(Post)
        .options(joinedload(Post.author))  # select_related('author')
        .order_by(Post.created_at.desc(), Post.id.desc())
        .limit(page.limit)
        .offset(page.offset)
    ).all()
    return PostPage(
        limit=page.limit,
        offset=page.offset,
        count=count,
        results=[PostOut.model_validate(p) for p in posts],
    )


@router.post(
    "",
    response_model=PostOut,
    status_code=status.HTTP_201_CREATED,
    summary="Publish a post",
    responses=UNAUTHORIZED,
)
async def create_post(payload: PostIn, session: DbSession, user: CurrentUser) -> Post:
    post = Post(title=payload.title, content=payload.content, author=user)
    session.add(post)
    session.flush()
    session.refresh(post)
    return post


@router.get("/{post_id}", response_model=PostOut, summary="Read a post", responses=NOT_FOUND)
async def read_post(post_id: int, session: DbSession) -> Post:
    return _get_post_or_404(session, post_id)


@router.put(
    "/{post_id}",
    response_model=PostOut,
    summary="Replace a post's title and content (author only)",
    responses={**NOT_FOUND, **FORBIDDEN, **UNAUTHORIZED},
)
async def update_post(post_id: int, payload: PostIn, session: DbSession, user: CurrentUser) -> Post:
    post = _get_post_or_404(session, post_id)
    if post.author_id != user.id:
        raise HTTPException(status.HTTP_403_FORBIDDEN, detail="You are not the author of this post")
    post.title = payload.title
    post.content = payload.content
    session.flush()
    session.refresh(post)
    return post


@router.delete(
    "/{post_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    response_class=Response,
    summary="Delete a post (author only)",
    responses={**NOT_FOUND, **FORBIDDEN, **UNAUTHORIZED},
)
async def delete_post(post_id: int, session: DbSession, user: CurrentUser) -> Response:
    post = _get_post_or_404(session, post_id)
    if post.author_id != user.id:
        raise HTTPException(status.HTTP_403_FORBIDDEN, detail="You are not the author of this post")
    session.delete(post)
    return Response(status_code=status.HTTP_204_NO_CONTENT)
