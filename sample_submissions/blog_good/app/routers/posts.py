"""Posts: anyone may read, logged-in users write, only the author edits or deletes."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Query, Response, status

from app.models import ErrorOut, PostCreate, PostOut, PostPage, PostUpdate
from app.security import CurrentUser
from app.store import BlogStore, Post, get_store

MAX_PAGE_SIZE = 100

router = APIRouter(prefix="/posts", tags=["posts"])
Store = Annotated[BlogStore, Depends(get_store)]
NOT_FOUND: dict[int | str, dict[str, Any]] = {
    status.HTTP_404_NOT_FOUND: {"model": ErrorOut, "description": "No such post"}
}
AUTHOR_ONLY: dict[int | str, dict[str, Any]] = {
    **NOT_FOUND,
    status.HTTP_401_UNAUTHORIZED: {"model": ErrorOut, "description": "Not logged in"},
    status.HTTP_403_FORBIDDEN: {"model": ErrorOut, "description": "Not the author"},
}


def to_out(post: Post) -> PostOut:
    return PostOut(
        id=post.id,
        author=post.author,
        title=post.title,
        body=post.body,
        created_at=post.created_at,
        updated_at=post.updated_at,
    )


def find_post(store: BlogStore, post_id: int) -> Post:
    post = store.posts.get(post_id)
    if post is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, detail="Post not found")
    return post


def own_post(store: BlogStore, post_id: int, user: str) -> Post:
    post = find_post(store, post_id)
    if post.author != user:
        raise HTTPException(status.HTTP_403_FORBIDDEN, detail="Only the author may change a post")
    return post


@router.get("", response_model=PostPage, summary="List posts, newest first")
async def list_posts(
    store: Store,
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE_SIZE)] = 20,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> PostPage:
    posts, total = store.page_posts(limit, offset)
    return PostPage(items=[to_out(p) for p in posts], total=total, limit=limit, offset=offset)


@router.post(
    "",
    response_model=PostOut,
    status_code=status.HTTP_201_CREATED,
    responses={status.HTTP_401_UNAUTHORIZED: {"model": ErrorOut, "description": "Not logged in"}},
    summary="Publish a post",
)
async def create_post(body: PostCreate, user: CurrentUser, store: Store) -> PostOut:
    return to_out(store.add_post(user, body.title, body.body))


@router.get("/{post_id}", response_model=PostOut, responses=NOT_FOUND, summary="Read one post")
async def get_post(post_id: int, store: Store) -> PostOut:
    return to_out(find_post(store, post_id))


@router.patch("/{post_id}", response_model=PostOut, responses=AUTHOR_ONLY, summary="Edit a post")
async def update_post(post_id: int, body: PostUpdate, user: CurrentUser, store: Store) -> PostOut:
    post = own_post(store, post_id, user)
    return to_out(store.update_post(post, body.title, body.body))


@router.delete(
    "/{post_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    response_class=Response,
    responses=AUTHOR_ONLY,
    summary="Delete a post and its comments",
)
async def delete_post(post_id: int, user: CurrentUser, store: Store) -> Response:
    own_post(store, post_id, user)
    store.delete_post(post_id)
    return Response(status_code=status.HTTP_204_NO_CONTENT)
