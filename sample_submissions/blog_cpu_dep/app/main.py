"""Blog API: `uvicorn app.main:app`. Authentication is HTTP Basic on every write."""

from __future__ import annotations

import os
from datetime import datetime, timezone
from typing import Annotated

from fastapi import FastAPI, HTTPException, Query, Response, status

from app.db import CommentRecord, PostRecord, UserRecord, db
from app.models import (
    CommentIn,
    CommentOut,
    PostIn,
    PostList,
    PostOut,
    PostPatch,
    UserCreate,
    UserOut,
)
from app.security import CurrentUser, hash_password

app = FastAPI(title="Blog API", version="0.1.0")


def post_or_404(post_id: int) -> PostRecord:
    post = db.posts.get(post_id)
    if post is None:
        raise HTTPException(status_code=status.HTTP_404_NOT_FOUND, detail="Post not found")
    return post


def to_post_out(post: PostRecord) -> PostOut:
    return PostOut(
        id=post.id,
        author=post.author,
        title=post.title,
        content=post.content,
        published_at=post.published_at,
    )


@app.post("/users", response_model=UserOut, status_code=status.HTTP_201_CREATED, summary="Sign up")
def create_user(body: UserCreate) -> UserOut:
    """Sync on purpose: hashing is slow, so FastAPI runs this in its thread pool."""
    if body.username in db.users:
        raise HTTPException(status_code=status.HTTP_409_CONFLICT, detail="Username taken")
    salt = os.urandom(16)
    user = UserRecord(
        username=body.username,
        salt=salt,
        password_hash=hash_password(body.password, salt),
        joined_at=datetime.now(timezone.utc),
    )
    db.users[user.username] = user
    return UserOut(username=user.username, joined_at=user.joined_at)


@app.get("/users/me", response_model=UserOut, summary="Who am I")
async def read_me(user: CurrentUser) -> UserOut:
    return UserOut(username=user.username, joined_at=user.joined_at)


@app.get("/posts", response_model=PostList, summary="Latest posts")
async def list_posts(
    skip: Annotated[int, Query(ge=0)] = 0,
    limit: Annotated[int, Query(ge=1, le=50)] = 10,
) -> PostList:
    newest = sorted(db.posts.values(), key=lambda p: p.id, reverse=True)
    page = [to_post_out(p) for p in newest[skip : skip + limit]]
    return PostList(posts=page, total=len(newest), skip=skip, limit=limit)


@app.post("/posts", response_model=PostOut, status_code=status.HTTP_201_CREATED, summary="Write")
async def create_post(body: PostIn, user: CurrentUser) -> PostOut:
    post = PostRecord(
        id=db.next_id(),
        author=user.username,
        title=body.title,
        content=body.content,
        published_at=datetime.now(timezone.utc),
    )
    db.posts[post.id] = post
    return to_post_out(post)


@app.get("/posts/{post_id}", response_model=PostOut, summary="Read a post")
async def get_post(post_id: int) -> PostOut:
    return to_post_out(post_or_404(post_id))


@app.patch("/posts/{post_id}", response_model=PostOut, summary="Edit your post")
async def edit_post(post_id: int, body: PostPatch, user: CurrentUser) -> PostOut:
    post = post_or_404(post_id)
    if post.author != user.username:
        raise HTTPException(status_code=status.HTTP_403_FORBIDDEN, detail="Not your post")
    if body.title is not None:
        post.title = body.title
    if body.content is not None:
        post.content = body.content
    return to_post_out(post)


@app.delete("/posts/{post_id}", status_code=status.HTTP_204_NO_CONTENT, summary="Delete your post")
async def delete_post(post_id: int, user: CurrentUser) -> Response:
    post = post_or_404(post_id)
    if post.author != user.username:
        raise HTTPException(status_code=status.HTTP_403_FORBIDDEN, detail="Not your post")
    del db.posts[post_id]
    db.comments[:] = [c for c in db.comments if c.post_id != post_id]
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@app.get("/posts/{post_id}/comments", response_model=list[CommentOut], summary="Comments")
async def list_comments(
    post_id: int,
    skip: Annotated[int, Query(ge=0)] = 0,
    limit: Annotated[int, Query(ge=1, le=100)] = 50,
) -> list[CommentOut]:
    post_or_404(post_id)
    thread = [c for c in db.comments if c.post_id == post_id][skip : skip + limit]
    return [CommentOut(id=c.id, post_id=c.post_id, author=c.author, text=c.text) for c in thread]


@app.post(
    "/posts/{post_id}/comments",
    response_model=CommentOut,
    status_code=status.HTTP_201_CREATED,
    summary="Comment on a post",
)
async def add_comment(post_id: int, body: CommentIn, user: CurrentUser) -> CommentOut:
    post_or_404(post_id)
    comment = CommentRecord(id=db.next_id(), post_id=post_id, author=user.username, text=body.text)
    db.comments.append(comment)
    return CommentOut(id=comment.id, post_id=post_id, author=comment.author, text=comment.text)
