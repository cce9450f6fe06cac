from typing import Annotated

from fastapi import APIRouter, Depends, Query, Response, status

from accounts.dependencies import CurrentUser
from blog.managers import CommentManager, PostManager, PostOrdering
from blog.models import Comment, Post
from blog.permissions import IsAuthor
from blog.schemas import CommentCreate, CommentOut, PostCreate, PostOut, PostUpdate
from core.db import DbSession
from core.pagination import Page, Pagination

router = APIRouter(prefix="/posts", tags=["posts"])


def get_post_manager(db: DbSession) -> PostManager:
    return PostManager(db)


def get_comment_manager(db: DbSession) -> CommentManager:
    return CommentManager(db)


Posts = Annotated[PostManager, Depends(get_post_manager)]
Comments = Annotated[CommentManager, Depends(get_comment_manager)]

NOT_FOUND = {404: {"description": "Post not found"}}
UNAUTHORIZED = {401: {"description": "Not authenticated"}}
FORBIDDEN = {403: {"description": "Not the author"}}


@router.get("", response_model=Page[PostOut], summary="List posts")
def list_posts(
    posts: Posts,
    page: Pagination,
    ordering: Annotated[PostOrdering, Query(description="Sort field; prefix with '-' for descending.")] = "-created_at",
) -> Page[PostOut]:
    items, total = posts.list(limit=page.limit, offset=page.offset, ordering=ordering)
    return Page[PostOut](
        count=total,
        limit=page.limit,
        offset=page.offset,
        results=[PostOut.model_validate(p) for p in items],
    )


@router.post("", response_model=PostOut, status_code=status.HTTP_201_CREATED,
             summary="Publish a post", responses=UNAUTHORIZED)
def create_post(payload: PostCreate, user: CurrentUser, posts: Posts) -> Post:
    return posts.create(author=user, title=payload.title, content=payload.content)


@router.get("/{post_id}", response_model=PostOut, summary="Retrieve a post", responses=NOT_FOUND)
def retrieve_post(post_id: int, posts: Posts) -> Post:
    return posts.get_or_404(post_id)


@router.patch("/{post_id}", response_model=PostOut, summary="Edit a post (author only)",
              responses={**UNAUTHORIZED, **FORBIDDEN, **NOT_FOUND})
def update_post(post_id: int, payload: PostUpdate, user: CurrentUser, posts: Posts) -> Post:
    post = posts.get_or_404(post_id)
    IsAuthor.check(user, post)
    return posts.update(post, **payload.model_dump(exclude_unset=True))


@router.delete("/{post_id}", status_code=status.HTTP_204_NO_CONTENT, summary="Delete a post (author only)",
               responses={**UNAUTHORIZED, **FORBIDDEN, **NOT_FOUND})
def delete_post(post_id: int, user: CurrentUser, posts: Posts) -> Response:
    post = posts.get_or_404(post_id)
    IsAuthor.check(user, post)
    posts.delete(post)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.get("/{post_id}/comments", response_model=Page[CommentOut], summary="List a post's comments",
            tags=["comments"], responses=NOT_FOUND)
def list_comments(post_id: int, page: Pagination, posts: Posts, comments: Comments) -> Page[CommentOut]:
    posts.exists_or_404(post_id)
    items, total = comments.for_post(post_id, limit=page.limit, offset=page.offset)
    return Page[CommentOut](
        count=total,
        limit=page.limit,
        offset=page.offset,
        results=[CommentOut.model_validate(c) for c in items],
    )


@router.post("/{post_id}/comments", response_model=CommentOut, status_code=status.HTTP_201_CREATED,
             summary="Comment on a post", tags=["comments"], responses={**UNAUTHORIZED, **NOT_FOUND})
def create_comment(post_id: int, payload: CommentCreate, user: CurrentUser,
                   posts: Posts, comments: Comments) -> Comment:
    posts.exists_or_404(post_id)
    return comments.create(post_id=post_id, author=user, content=payload.content)
