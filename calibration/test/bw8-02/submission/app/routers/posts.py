from fastapi import APIRouter, HTTPException, Query, status
from sqlalchemy import delete, select

from app.deps import CurrentUser, SessionDep
from app.models import Comment, Post
from app.schemas import CommentCreate, CommentOut, PostCreate, PostOut

router = APIRouter(prefix="/posts", tags=["posts"])

NOT_FOUND = {404: {"description": "Post not found"}}
AUTH = {401: {"description": "Not authenticated"}}


async def _get_post_or_404(session: SessionDep, post_id: int) -> Post:
    post = await session.get(Post, post_id)
    if post is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "Post not found")
    return post


@router.get("", response_model=list[PostOut])
async def list_posts(
    session: SessionDep,
    limit: int = Query(20, ge=1, le=100),
    offset: int = Query(0),
) -> list[Post]:
    rows = await session.scalars(
        select(Post).order_by(Post.created_at.desc(), Post.id.desc()).limit(limit).offset(offset)
    )
    return list(rows)


@router.post("", response_model=PostOut, status_code=status.HTTP_201_CREATED, responses=AUTH)
async def create_post(body: PostCreate, user: CurrentUser, session: SessionDep) -> Post:
    post = Post(title=body.title, content=body.content, author_id=user.id, author=user)
    session.add(post)
    await session.commit()
    return post


@router.get("/{post_id}", response_model=PostOut, responses=NOT_FOUND)
async def get_post(post_id: int, session: SessionDep) -> Post:
    return await _get_post_or_404(session, post_id)


@router.put(
    "/{post_id}",
    response_model=PostOut,
    responses={**AUTH, **NOT_FOUND, 403: {"description": "Not the author"}},
)
async def update_post(
    post_id: int, body: PostCreate, user: CurrentUser, session: SessionDep
) -> Post:
    post = await _get_post_or_404(session, post_id)
    if post.author_id != user.id:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "Only the author can edit this post")
    post.title = body.title
    post.content = body.content
    await session.commit()
    return post


@router.delete(
    "/{post_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    responses={**AUTH, **NOT_FOUND, 403: {"description": "Not the author"}},
)
async def delete_post(post_id: int, user: CurrentUser, session: SessionDep) -> None:
    post = await _get_post_or_404(session, post_id)
    if post.author_id != user.id:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "Only the author can delete this post")
    await session.execute(delete(Comment).where(Comment.post_id == post_id))
    await session.delete(post)
    await session.commit()


@router.post(
    "/{post_id}/comments",
    response_model=CommentOut,
    status_code=status.HTTP_201_CREATED,
    responses={**AUTH, **NOT_FOUND},
)
async def add_comment(
    post_id: int, body: CommentCreate, user: CurrentUser, session: SessionDep
) -> Comment:
    await _get_post_or_404(session, post_id)
    comment = Comment(post_id=post_id, body=body.body, author_id=user.id, author=user)
    session.add(comment)
    await session.commit()
    return comment


@router.get("/{post_id}/comments", response_model=list[CommentOut], responses=NOT_FOUND)
async def list_comments(post_id: int, session: SessionDep) -> list[Comment]:
    await _get_post_or_404(session, post_id)
    # TODO: paginate once posts get busy enough to need it
    rows = await session.scalars(
        select(Comment).where(Comment.post_id == post_id).order_by(Comment.id)
    )
    return list(rows)
