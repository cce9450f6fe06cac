from fastapi import APIRouter, HTTPException, status
from sqlalchemy import delete, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from blog.deps import CurrentUser, PageDep, SessionDep
from blog.loaders import resolve_posts
from blog.models import Comment, Post, User, utcnow
from blog.schemas import ErrorOut, Page, PostCreate, PostNode, PostPatch

router = APIRouter(prefix="/posts", tags=["posts"])

NOT_FOUND = {404: {"model": ErrorOut, "description": "Post not found"}}
AUTH = {401: {"model": ErrorOut, "description": "Missing or invalid token"}}
FORBIDDEN = {403: {"model": ErrorOut, "description": "Not the author of the post"}}


async def _get_post(session: AsyncSession, post_id: int) -> Post:
    post = await session.get(Post, post_id)
    if post is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, detail="Post not found")
    return post


async def _get_own_post(session: AsyncSession, post_id: int, user: User) -> Post:
    post = await _get_post(session, post_id)
    if post.author_id != user.id:
        raise HTTPException(status.HTTP_403_FORBIDDEN, detail="Only the author may change this post")
    return post


async def _node(session: AsyncSession, post: Post) -> PostNode:
    [node] = await resolve_posts(session, [post])
    return node


@router.get("", response_model=Page[PostNode], summary="List posts, newest first, with authors and comments")
async def list_posts(session: SessionDep, page: PageDep) -> Page[PostNode]:
    total = await session.scalar(select(func.count()).select_from(Post)) or 0
    posts = (
        await session.scalars(
            select(Post).order_by(Post.created_at.desc(), Post.id.desc()).limit(page.limit).offset(page.offset)
        )
    ).all()
    items = await resolve_posts(session, posts)
    return Page[PostNode](items=items, total=total, limit=page.limit, offset=page.offset)


@router.get("/{post_id}", response_model=PostNode, responses=NOT_FOUND, summary="Read one post")
async def get_post(post_id: int, session: SessionDep) -> PostNode:
    return await _node(session, await _get_post(session, post_id))


@router.post(
    "",
    status_code=status.HTTP_201_CREATED,
    response_model=PostNode,
    responses=AUTH,
    summary="Publish a post",
)
async def create_post(payload: PostCreate, session: SessionDep, user: CurrentUser) -> PostNode:
    post = Post(author_id=user.id, title=payload.title, content=payload.content)
    session.add(post)
    await session.commit()
    return await _node(session, post)


@router.patch(
    "/{post_id}",
    response_model=PostNode,
    responses={**AUTH, **FORBIDDEN, **NOT_FOUND},
    summary="Edit your own post",
)
async def update_post(post_id: int, payload: PostPatch, session: SessionDep, user: CurrentUser) -> PostNode:
    post = await _get_own_post(session, post_id, user)
    changes = payload.model_dump(exclude_unset=True, exclude_none=True)
    if changes:
        for field, value in changes.items():
            setattr(post, field, value)
        post.updated_at = utcnow()
        await session.commit()
    return await _node(session, post)


@router.delete(
    "/{post_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    responses={**AUTH, **FORBIDDEN, **NOT_FOUND},
    summary="Delete your own post and its comments",
)
async def delete_post(post_id: int, session: SessionDep, user: CurrentUser) -> None:
    post = await _get_own_post(session, post_id, user)
    await session.execute(delete(Comment).where(Comment.post_id == post.id))
    await session.delete(post)
    await session.commit()
