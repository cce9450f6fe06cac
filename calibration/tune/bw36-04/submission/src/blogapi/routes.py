from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Path, Query, Response, status
from fastapi.security import OAuth2PasswordRequestForm
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from .db import Comment, Post, User, get_session
from .schemas import (
    CommentIn,
    CommentOut,
    Page,
    PostIn,
    PostOut,
    PostPatch,
    SignupIn,
    TokenOut,
    UserOut,
)
from .security import (
    CurrentUser,
    get_settings,
    hash_password,
    issue_token,
    verify_password,
)
from .settings import Settings

router = APIRouter()

SessionDep = Annotated[AsyncSession, Depends(get_session)]
SettingsDep = Annotated[Settings, Depends(get_settings)]
Id = Annotated[int, Path(ge=1, le=2**31 - 1)]
Limit = Annotated[int, Query(ge=1, le=100)]
Offset = Annotated[int, Query(ge=0, le=100_000)]

MAX_LOGIN_PASSWORD = 128


def _user_out(u: User) -> UserOut:
    return UserOut(id=u.id, username=u.username)


def _post_out(p: Post, author: User) -> PostOut:
    return PostOut(
        id=p.id,
        title=p.title,
        content=p.content,
        author=_user_out(author),
        created_at=p.created_at,
        updated_at=p.updated_at,
    )


def _comment_out(c: Comment, author: User) -> CommentOut:
    return CommentOut(
        id=c.id, post_id=c.post_id, body=c.body, author=_user_out(author), created_at=c.created_at
    )


def _not_found() -> HTTPException:
    return HTTPException(status.HTTP_404_NOT_FOUND, "not found")


async def _own_post(session: AsyncSession, post_id: int, user: User) -> Post:
    post = await session.get(Post, post_id)
    if post is None:
        raise _not_found()
    if post.author_id != user.id:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "not the author")
    return post


# ---- auth -------------------------------------------------------------------


@router.post("/auth/signup", status_code=201, response_model=UserOut)
async def signup(body: SignupIn, session: SessionDep) -> UserOut:
    user = User(username=body.username, password_hash=await hash_password(body.password))
    session.add(user)
    try:
        await session.commit()
    except IntegrityError:
        await session.rollback()
        raise HTTPException(status.HTTP_409_CONFLICT, "username taken") from None
    return _user_out(user)


@router.post("/auth/token", response_model=TokenOut)
async def login(
    form: Annotated[OAuth2PasswordRequestForm, Depends()],
    session: SessionDep,
    settings: SettingsDep,
) -> TokenOut:
    bad = HTTPException(
        status.HTTP_401_UNAUTHORIZED, "invalid credentials", headers={"WWW-Authenticate": "Bearer"}
    )
    if len(form.password) > MAX_LOGIN_PASSWORD or len(form.username) > 32:
        raise bad
    user = await session.scalar(select(User).where(User.username == form.username))
    if not await verify_password(user.password_hash if user else None, form.password):
        raise bad
    assert user is not None
    return TokenOut(access_token=issue_token(settings, user.id), expires_in=settings.token_ttl)


@router.get("/auth/me", response_model=UserOut)
async def me(user: CurrentUser) -> UserOut:
    return _user_out(user)


# ---- posts ------------------------------------------------------------------


@router.get("/posts", response_model=Page[PostOut])
async def list_posts(session: SessionDep, limit: Limit = 20, offset: Offset = 0) -> Page[PostOut]:
    total = await session.scalar(select(func.count()).select_from(Post))
    rows = await session.execute(
        select(Post, User)
        .join(User, Post.author_id == User.id)
        .order_by(Post.id.desc())
        .limit(limit)
        .offset(offset)
    )
    items = [_post_out(p, u) for p, u in rows.all()]
    return Page[PostOut](items=items, total=total or 0, limit=limit, offset=offset)


@router.post("/posts", status_code=201, response_model=PostOut)
async def create_post(body: PostIn, user: CurrentUser, session: SessionDep) -> PostOut:
    post = Post(author_id=user.id, title=body.title, content=body.content)
    session.add(post)
    await session.commit()
    await session.refresh(post)
    return _post_out(post, user)


@router.get("/posts/{post_id}", response_model=PostOut)
async def get_post(post_id: Id, session: SessionDep) -> PostOut:
    row = (
        await session.execute(
            select(Post, User).join(User, Post.author_id == User.id).where(Post.id == post_id)
        )
    ).first()
    if row is None:
        raise _not_found()
    return _post_out(row[0], row[1])


@router.patch("/posts/{post_id}", response_model=PostOut)
async def update_post(
    post_id: Id, body: PostPatch, user: CurrentUser, session: SessionDep
) -> PostOut:
    post = await _own_post(session, post_id, user)
    for field, value in body.model_dump(exclude_unset=True).items():
        setattr(post, field, value)
    await session.commit()
    await session.refresh(post)
    return _post_out(post, user)


@router.delete("/posts/{post_id}", status_code=204, response_class=Response)
async def delete_post(post_id: Id, user: CurrentUser, session: SessionDep) -> Response:
    post = await _own_post(session, post_id, user)
    await session.delete(post)
    await session.commit()
    return Response(status_code=204)


# ---- comments ---------------------------------------------------------------


@router.get("/posts/{post_id}/comments", response_model=Page[CommentOut])
async def list_comments(
    post_id: Id, session: SessionDep, limit: Limit = 20, offset: Offset = 0
) -> Page[CommentOut]:
    if await session.get(Post, post_id) is None:
        raise _not_found()
    total = await session.scalar(
        select(func.count()).select_from(Comment).where(Comment.post_id == post_id)
    )
    rows = await session.execute(
        select(Comment, User)
        .join(User, Comment.author_id == User.id)
        .where(Comment.post_id == post_id)
        .order_by(Comment.id)
        .limit(limit)
        .offset(offset)
    )
    items = [_comment_out(c, u) for c, u in rows.all()]
    return Page[CommentOut](items=items, total=total or 0, limit=limit, offset=offset)


@router.post("/posts/{post_id}/comments", status_code=201, response_model=CommentOut)
async def create_comment(
    post_id: Id, body: CommentIn, user: CurrentUser, session: SessionDep
) -> CommentOut:
    if await session.get(Post, post_id) is None:
        raise _not_found()
    comment = Comment(post_id=post_id, author_id=user.id, body=body.body)
    session.add(comment)
    await session.commit()
    await session.refresh(comment)
    return _comment_out(comment, user)
