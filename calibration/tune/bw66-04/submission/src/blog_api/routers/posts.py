from collections.abc import Sequence

from fastapi import APIRouter, HTTPException, Response, status
from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload

from blog_api.deps import CurrentUser, DbSession, PageDep
from blog_api.models import Post
from blog_api.schemas import ErrorOut, PostCreate, PostOut, PostUpdate

router = APIRouter(prefix="/posts", tags=["posts"])

NOT_FOUND = {404: {"model": ErrorOut, "description": "Post not found"}}
AUTH_ERRORS = {
    401: {"model": ErrorOut, "description": "Missing or invalid token"},
    403: {"model": ErrorOut, "description": "Only the author may do this"},
}


def load_post(db: Session, post_id: int) -> Post:
    post = db.scalar(select(Post).options(joinedload(Post.author)).where(Post.id == post_id))
    if post is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "Post not found")
    return post


def load_own_post(db: Session, post_id: int, user_id: int) -> Post:
    post = load_post(db, post_id)
    if post.author_id != user_id:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "Only the author may change this post")
    return post


@router.get("", response_model=list[PostOut], summary="List posts, newest first")
def list_posts(db: DbSession, page: PageDep) -> Sequence[Post]:
    stmt = (
        select(Post)
        .options(joinedload(Post.author))
        .order_by(Post.id.desc())
        .limit(page.limit)
        .offset(page.offset)
    )
    return db.scalars(stmt).all()


@router.post(
    "",
    response_model=PostOut,
    status_code=status.HTTP_201_CREATED,
    summary="Publish a post",
    responses={401: AUTH_ERRORS[401]},
)
def create_post(payload: PostCreate, db: DbSession, user: CurrentUser) -> Post:
    post = Post(title=payload.title, content=payload.content, author=user)
    db.add(post)
    db.commit()
    return load_post(db, post.id)


@router.get("/{post_id}", response_model=PostOut, summary="Read a post", responses=NOT_FOUND)
def read_post(post_id: int, db: DbSession) -> Post:
    return load_post(db, post_id)


@router.patch(
    "/{post_id}",
    response_model=PostOut,
    summary="Edit your post",
    responses={**NOT_FOUND, **AUTH_ERRORS},
)
def update_post(post_id: int, payload: PostUpdate, db: DbSession, user: CurrentUser) -> Post:
    post = load_own_post(db, post_id, user.id)
    for field, value in payload.model_dump(exclude_unset=True).items():
        setattr(post, field, value)
    db.commit()
    db.refresh(post)
    return post


@router.delete(
    "/{post_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    summary="Delete your post (and its comments)",
    responses={**NOT_FOUND, **AUTH_ERRORS},
)
def delete_post(post_id: int, db: DbSession, user: CurrentUser) -> Response:
    post = load_own_post(db, post_id, user.id)
    db.delete(post)
    db.commit()
    return Response(status_code=status.HTTP_204_NO_CONTENT)
