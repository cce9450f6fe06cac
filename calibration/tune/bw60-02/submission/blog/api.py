import asyncio
from datetime import datetime
from typing import List

from fastapi import APIRouter, Depends, HTTPException, Query, status
from fastapi.security import OAuth2PasswordRequestForm
from sqlmodel.ext.asyncio.session import AsyncSession

from blog.auth import create_access_token, get_current_user, hash_password, verify_password
from blog.db import get_session
from blog.models import (
    Comment,
    CommentCreate,
    Post,
    PostCreate,
    PostRead,
    PostUpdate,
    PostWithComments,
    Token,
    User,
    UserCreate,
)
from blog.pipeline import newest_first, oldest_first, page, pipe
from blog.repo import CrudRepository

router = APIRouter()


# ---------- auth ----------


@router.post("/signup", response_model=User, status_code=status.HTTP_201_CREATED, tags=["auth"])
async def signup(data: UserCreate, session: AsyncSession = Depends(get_session)) -> User:
    users = CrudRepository(User, session)
    if await users.first_by(username=data.username):
        raise HTTPException(status_code=400, detail="Username already registered")
    user = User(username=data.username, hashed_password=hash_password(data.password))
    return await users.add(user)


@router.post("/login", response_model=Token, tags=["auth"])
async def login(
    form: OAuth2PasswordRequestForm = Depends(), session: AsyncSession = Depends(get_session)
) -> Token:
    user = await CrudRepository(User, session).first_by(username=form.username)
    if not user or not verify_password(form.password, user.hashed_password):
        raise HTTPException(status_code=401, detail="Incorrect username or password")
    return Token(access_token=create_access_token(user.username), token_type="bearer")


@router.get("/users/me", response_model=User, tags=["auth"])
async def me(current: User = Depends(get_current_user)) -> User:
    return current


# ---------- posts ----------


async def with_comment_counts(
    posts: List[Post], comments: CrudRepository[Comment]
) -> List[PostRead]:
    enriched = []
    for post in posts:
        post_comments = await comments.filter_by(post_id=post.id)
        enriched.append(PostRead(**post.model_dump(), comment_count=len(post_comments)))
    return enriched


@router.get("/posts", response_model=List[PostRead], tags=["posts"])
async def list_posts(
    limit: int = Query(10, ge=1, le=100),
    offset: int = Query(0, ge=0),
    session: AsyncSession = Depends(get_session),
) -> List[PostRead]:
    posts = CrudRepository(Post, session)
    comments = CrudRepository(Comment, session)
    selected = pipe(list(await posts.all()), newest_first, page(offset, limit))
    return await with_comment_counts(selected, comments)


@router.get("/posts/{post_id}", response_model=PostWithComments, tags=["posts"])
async def get_post(post_id: int, session: AsyncSession = Depends(get_session)) -> PostWithComments:
    posts = CrudRepository(Post, session)
    comments = CrudRepository(Comment, session)
    # the two lookups are independent, so run them concurrently (Future.zip style)
    post, post_comments = await asyncio.gather(
        posts.get(post_id), comments.filter_by(post_id=post_id)
    )
    if post is None:
        raise HTTPException(status_code=404, detail="Post not found")
    return PostWithComments(
        **post.model_dump(),
        comments=oldest_first(list(post_comments)),
        comment_count=len(post_comments),
    )


@router.post("/posts", response_model=PostRead, status_code=status.HTTP_201_CREATED, tags=["posts"])
async def create_post(
    data: PostCreate,
    current: User = Depends(get_current_user),
    session: AsyncSession = Depends(get_session),
) -> PostRead:
    post = await CrudRepository(Post, session).add(Post(**data.model_dump(), author_id=current.id))
    return PostRead(**post.model_dump())


async def _own_post(post_id: int, current: User, posts: CrudRepository[Post]) -> Post:
    post = await posts.get(post_id)
    if post is None:
        raise HTTPException(status_code=404, detail="Post not found")
    if post.author_id != current.id:
        raise HTTPException(status_code=403, detail="Not your post")
    return post


@router.put("/posts/{post_id}", response_model=PostRead, tags=["posts"])
async def update_post(
    post_id: int,
    data: PostUpdate,
    current: User = Depends(get_current_user),
    session: AsyncSession = Depends(get_session),
) -> PostRead:
    posts = CrudRepository(Post, session)
    post = await _own_post(post_id, current, posts)
    for key, value in data.model_dump(exclude_unset=True).items():
        setattr(post, key, value)
    post.updated_at = datetime.utcnow()
    post = await posts.add(post)
    return PostRead(**post.model_dump())


@router.delete("/posts/{post_id}", status_code=status.HTTP_204_NO_CONTENT, tags=["posts"])
async def delete_post(
    post_id: int,
    current: User = Depends(get_current_user),
    session: AsyncSession = Depends(get_session),
) -> None:
    posts = CrudRepository(Post, session)
    post = await _own_post(post_id, current, posts)
    await posts.delete(post)


# ---------- comments ----------


@router.post(
    "/posts/{post_id}/comments",
    response_model=Comment,
    status_code=status.HTTP_201_CREATED,
    tags=["comments"],
)
async def add_comment(
    post_id: int,
    data: CommentCreate,
    current: User = Depends(get_current_user),
    session: AsyncSession = Depends(get_session),
) -> Comment:
    if await CrudRepository(Post, session).get(post_id) is None:
        raise HTTPException(status_code=404, detail="Post not found")
    comment = Comment(post_id=post_id, author_id=current.id, body=data.body)
    return await CrudRepository(Comment, session).add(comment)


@router.get("/posts/{post_id}/comments", response_model=List[Comment], tags=["comments"])
async def list_comments(
    post_id: int,
    limit: int = Query(20, ge=1, le=100),
    offset: int = Query(0, ge=0),
    session: AsyncSession = Depends(get_session),
) -> List[Comment]:
    post_comments = await CrudRepository(Comment, session).filter_by(post_id=post_id)
    return pipe(list(post_comments), oldest_first, page(offset, limit))
