from typing import Literal

from fastapi import APIRouter, HTTPException, Response, status
from fastapi.security import OAuth2PasswordRequestForm
from fastapi import Depends
from typing import Annotated
from sqlalchemy import Select, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import joinedload

from blogapi.deps import Config, CurrentUser, PageParams, Session
from blogapi.models import Comment, Post, User
from blogapi.schemas import (CommentIn, CommentOut, Page, PostIn, PostOut, PostPatch,
                             PostSummary, SignUp, TokenOut, UserOut)
from blogapi.security import hash_password, issue_token, verify_password

auth = APIRouter(prefix="/auth", tags=["auth"])
posts = APIRouter(prefix="/posts", tags=["posts"])

E401 = {401: {"description": "Missing or invalid token"}}
E403 = {403: {"description": "Not the author"}}
E404 = {404: {"description": "Post not found"}}

SortKey = Literal["newest", "oldest", "title"]
_ORDERINGS = {
    "newest": (Post.created_at.desc(), Post.id.desc()),
    "oldest": (Post.created_at.asc(), Post.id.asc()),
    "title": (Post.title.asc(), Post.id.asc()),
}


@auth.post("/signup", status_code=201, response_model=UserOut,
           responses={409: {"description": "Username taken"}})
async def signup(data: SignUp, session: Session) -> User:
    user = User(username=data.username, password_hash=await hash_password(data.password))
    session.add(user)
    try:
        await session.commit()
    except IntegrityError:
        await session.rollback()
        raise HTTPException(status.HTTP_409_CONFLICT, "Username already taken")
    return user


@auth.post("/token", response_model=TokenOut, responses={401: {"description": "Bad credentials"}})
async def token(form: Annotated[OAuth2PasswordRequestForm, Depends()], session: Session,
                settings: Config) -> TokenOut:
    user = await session.scalar(select(User).where(User.username == form.username))
    if not await verify_password(user.password_hash if user else None, form.password):
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "Incorrect username or password",
                            headers={"WWW-Authenticate": "Bearer"})
    assert user is not None
    return TokenOut(access_token=issue_token(user.id, settings.jwt_secret.get_secret_value(),
                                             settings.token_minutes))


def _post_query() -> Select[tuple[Post]]:
    # many-to-one: a JOIN is the right loader; no per-row SELECT for the author.
    return select(Post).options(joinedload(Post.author))


async def _load_post(session: Session, post_id: int) -> Post:
    post = await session.scalar(_post_query().where(Post.id == post_id))
    if post is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "Post not found")
    return post


async def _own_post(session: Session, post_id: int, user: User) -> Post:
    post = await _load_post(session, post_id)
    if post.author_id != user.id:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "Only the author may change this post")
    return post


@posts.get("", response_model=Page[PostSummary], summary="List posts")
async def list_posts(session: Session, page: PageParams, sort: SortKey = "newest") -> dict:
    counts = (select(Comment.post_id, func.count().label("n"))
              .group_by(Comment.post_id).subquery())
    stmt = (_post_query()
            .add_columns(func.coalesce(counts.c.n, 0))
            .outerjoin(counts, counts.c.post_id == Post.id)
            .order_by(*_ORDERINGS[sort])
            .limit(page.limit).offset(page.offset))
    rows = (await session.execute(stmt)).all()
    total = await session.scalar(select(func.count()).select_from(Post))
    items = [PostSummary.model_validate({**PostOut.model_validate(p).model_dump(), "comment_count": n})
             for p, n in rows]
    return {"items": items, "total": total or 0, "limit": page.limit, "offset": page.offset}


@posts.get("/{post_id}", response_model=PostOut, responses=E404, summary="Read a post")
async def read_post(post_id: int, session: Session) -> Post:
    return await _load_post(session, post_id)


@posts.post("", status_code=201, response_model=PostOut, responses=E401, summary="Publish a post")
async def create_post(data: PostIn, user: CurrentUser, session: Session) -> Post:
    post = Post(author_id=user.id, **data.model_dump())
    session.add(post)
    await session.commit()
    return await _load_post(session, post.id)


@posts.patch("/{post_id}", response_model=PostOut, responses=E401 | E403 | E404,
             summary="Edit your post")
async def update_post(post_id: int, data: PostPatch, user: CurrentUser, session: Session) -> Post:
    post = await _own_post(session, post_id, user)
    for field, value in data.model_dump(exclude_unset=True, exclude_none=True).items():
        setattr(post, field, value)
    await session.commit()
    session.expire(post)
    return await _load_post(session, post_id)


@posts.delete("/{post_id}", status_code=204, responses=E401 | E403 | E404,
              summary="Delete your post")
async def delete_post(post_id: int, user: CurrentUser, session: Session) -> Response:
    post = await _own_post(session, post_id, user)
    await session.delete(post)
    await session.commit()
    return Response(status_code=204)


@posts.get("/{post_id}/comments", response_model=Page[CommentOut], responses=E404,
           summary="List a post's comments")
async def list_comments(post_id: int, session: Session, page: PageParams) -> dict:
    if await session.get(Post, post_id) is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "Post not found")
    where = Comment.post_id == post_id
    stmt = (select(Comment).options(joinedload(Comment.author)).where(where)
            .order_by(Comment.created_at, Comment.id).limit(page.limit).offset(page.offset))
    items = (await session.scalars(stmt)).all()
    total = await session.scalar(select(func.count()).select_from(Comment).where(where))
    return {"items": items, "total": total or 0, "limit": page.limit, "offset": page.offset}


@posts.post("/{post_id}/comments", status_code=201, response_model=CommentOut,
            responses=E401 | E404, summary="Comment on a post")
async def create_comment(post_id: int, data: CommentIn, user: CurrentUser,
                         session: Session) -> Comment:
    if await session.get(Post, post_id) is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "Post not found")
    comment = Comment(post_id=post_id, author_id=user.id, body=data.body)
    session.add(comment)
    await session.commit()
    return await session.scalar(
        select(Comment).options(joinedload(Comment.author)).where(Comment.id == comment.id)
    )  # type: ignore[return-value]
