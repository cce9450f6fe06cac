from fastapi import APIRouter, HTTPException, Response, status
from sqlalchemy import func, select

from blog_api.db import Comment, Post
from blog_api.deps import CurrentUser, PaginationDep, SessionDep
from blog_api.schemas import CommentCreate, CommentOut, ErrorOut, Page, PostCreate, PostOut, PostUpdate

router = APIRouter(prefix="/posts", tags=["posts"])

_401 = {401: {"model": ErrorOut, "description": "Missing or invalid token"}}
_403 = {403: {"model": ErrorOut, "description": "Only the author may do this"}}
_404 = {404: {"model": ErrorOut, "description": "Post not found"}}


async def _get_post(session: SessionDep, post_id: int) -> Post:
    post = await session.get(Post, post_id)
    if post is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, detail="Post not found")
    return post


async def _get_own_post(session: SessionDep, post_id: int, user: CurrentUser) -> Post:
    post = await _get_post(session, post_id)
    if post.author_id != user.id:
        raise HTTPException(status.HTTP_403_FORBIDDEN, detail="Only the author may modify this post")
    return post


@router.get("", response_model=Page[PostOut], summary="List posts, newest first")
async def list_posts(session: SessionDep, page: PaginationDep) -> Page[PostOut]:
    total = await session.scalar(select(func.count()).select_from(Post)) or 0
    rows = await session.scalars(
        select(Post).order_by(Post.created_at.desc(), Post.id.desc()).limit(page.limit).offset(page.offset)
    )
    items = [PostOut.model_validate(p) for p in rows]
    return Page[PostOut](items=items, total=total, limit=page.limit, offset=page.offset)


@router.post(
    "",
    response_model=PostOut,
    status_code=status.HTTP_201_CREATED,
    summary="Publish a post",
    responses=_401,
)
async def create_post(body: PostCreate, session: SessionDep, user: CurrentUser) -> Post:
    post = Post(title=body.title, content=body.content, author=user)
    session.add(post)
    await session.commit()
    return post


@router.get("/{post_id}", response_model=PostOut, summary="Read a post", responses=_404)
async def get_post(post_id: int, session: SessionDep) -> Post:
    return await _get_post(session, post_id)


@router.patch(
    "/{post_id}",
    response_model=PostOut,
    summary="Edit your own post",
    responses={**_401, **_403, **_404},
)
async def update_post(post_id: int, body: PostUpdate, session: SessionDep, user: CurrentUser) -> Post:
    post = await _get_own_post(session, post_id, user)
    changes = body.model_dump(exclude_unset=True, exclude_none=True)
    for field, value in changes.items():
        setattr(post, field, value)
    await session.commit()
    await session.refresh(post)
    return post


@router.delete(
    "/{post_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    summary="Delete your own post",
    responses={**_401, **_403, **_404},
)
async def delete_post(post_id: int, session: SessionDep, user: CurrentUser) -> Response:
    post = await _get_own_post(session, post_id, user)
    await session.delete(post)
    await session.commit()
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.get(
    "/{post_id}/comments",
    response_model=Page[CommentOut],
    summary="List a post's comments, oldest first",
    responses=_404,
)
async def list_comments(post_id: int, session: SessionDep, page: PaginationDep) -> Page[CommentOut]:
    await _get_post(session, post_id)
    total = await session.scalar(select(func.count()).where(Comment.post_id == post_id)) or 0
    rows = await session.scalars(
        select(Comment)
        .where(Comment.post_id == post_id)
        .order_by(Comment.created_at, Comment.id)
        .limit(page.limit)
        .offset(page.offset)
    )
    items = [CommentOut.model_validate(c) for c in rows]
    return Page[CommentOut](items=items, total=total, limit=page.limit, offset=page.offset)


@router.post(
    "/{post_id}/comments",
    response_model=CommentOut,
    status_code=status.HTTP_201_CREATED,
    summary="Comment on a post",
    responses={**_401, **_404},
)
async def create_comment(post_id: int, body: CommentCreate, session: SessionDep, user: CurrentUser) -> Comment:
    await _get_post(session, post_id)
    comment = Comment(post_id=post_id, body=body.body, author=user)
    session.add(comment)
    await session.commit()
    return comment
