from fastapi import APIRouter, HTTPException, Response, status
from sqlalchemy import select
from sqlalchemy.orm import joinedload

from app.deps import CurrentUser, PageDep, SessionDep
from app.models import Post, User
from app.schemas import ErrorOut, PostCreate, PostOut

router = APIRouter(prefix="/posts", tags=["posts"])

NOT_FOUND = {404: {"model": ErrorOut, "description": "Post not found"}}
UNAUTHORIZED = {401: {"model": ErrorOut, "description": "Missing or invalid token"}}
FORBIDDEN = {403: {"model": ErrorOut, "description": "Not the author of this post"}}


def to_out(post: Post) -> PostOut:
    return PostOut(id=post.id, title=post.title, content=post.content, author=post.author.username)


async def load_post(session: SessionDep, post_id: int) -> Post:
    post = await session.scalar(
        select(Post).options(joinedload(Post.author)).where(Post.id == post_id)
    )
    if post is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "Post not found")
    return post


def ensure_author(post: Post, user: User) -> None:
    if post.author_id != user.id:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "Only the author may modify this post")


@router.get("", response_model=list[PostOut], summary="List posts, newest first")
async def list_posts(session: SessionDep, page: PageDep) -> list[PostOut]:
    rows = await session.scalars(
        select(Post)
        .options(joinedload(Post.author))
        .order_by(Post.id.desc())
        .limit(page.limit)
        .offset(page.offset)
    )
    return [to_out(p) for p in rows]


@router.post(
    "",
    response_model=PostOut,
    status_code=status.HTTP_201_CREATED,
    summary="Publish a post",
    responses=UNAUTHORIZED,
)
async def create_post(payload: PostCreate, user: CurrentUser, session: SessionDep) -> PostOut:
    post = Post(title=payload.title, content=payload.content, author_id=user.id)
    session.add(post)
    await session.commit()
    return PostOut(id=post.id, title=post.title, content=post.content, author=user.username)


@router.get("/{post_id}", response_model=PostOut, summary="Read a post", responses=NOT_FOUND)
async def get_post(post_id: int, session: SessionDep) -> PostOut:
    return to_out(await load_post(session, post_id))


@router.put(
    "/{post_id}",
    response_model=PostOut,
    summary="Replace a post (author only)",
    responses={**UNAUTHORIZED, **FORBIDDEN, **NOT_FOUND},
)
async def update_post(
    post_id: int, payload: PostCreate, user: CurrentUser, session: SessionDep
) -> PostOut:
    post = await load_post(session, post_id)
    ensure_author(post, user)
    post.title = payload.title
    post.content = payload.content
    await session.commit()
    return to_out(post)


@router.delete(
    "/{post_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    response_class=Response,
    summary="Delete a post and its comments (author only)",
    responses={**UNAUTHORIZED, **FORBIDDEN, **NOT_FOUND},
)
async def delete_post(post_id: int, user: CurrentUser, session: SessionDep) -> None:
    post = await load_post(session, post_id)
    ensure_author(post, user)
    await session.delete(post)
    await session.commit()
