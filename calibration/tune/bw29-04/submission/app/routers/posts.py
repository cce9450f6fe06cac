from fastapi import APIRouter, HTTPException, Response, status
from sqlalchemy import select

from app.deps import CurrentUser, DbSession, Pagination
from app.models import Comment, Post
from app.schemas import CommentCreate, CommentRead, ErrorOut, PostCreate, PostRead, PostUpdate

router = APIRouter(prefix="/posts", tags=["posts"])

NOT_FOUND = {404: {"model": ErrorOut}}
AUTH = {401: {"model": ErrorOut}}


def to_post_read(post: Post) -> PostRead:
    return PostRead(
        id=post.id,
        title=post.title,
        content=post.content,
        author=post.author.username,
        created_at=post.created_at,
        updated_at=post.updated_at,
    )


def to_comment_read(comment: Comment) -> CommentRead:
    return CommentRead(
        id=comment.id,
        post_id=comment.post_id,
        author=comment.author.username,
        content=comment.content,
        created_at=comment.created_at,
    )


def get_post_or_404(db: DbSession, post_id: int) -> Post:
    post = db.get(Post, post_id)
    if post is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "Post not found")
    return post


@router.get("", response_model=list[PostRead])
def list_posts(db: DbSession, page: Pagination) -> list[PostRead]:
    stmt = select(Post).order_by(Post.created_at.desc(), Post.id.desc()).limit(page.limit).offset(page.offset)
    posts = db.scalars(stmt).all()
    return [to_post_read(p) for p in posts]


@router.post("", response_model=PostRead, status_code=status.HTTP_201_CREATED, responses=AUTH)
def create_post(body: PostCreate, db: DbSession, user: CurrentUser) -> PostRead:
    post = Post(title=body.title, content=body.content, author=user)
    db.add(post)
    db.commit()
    db.refresh(post)
    return to_post_read(post)


@router.get("/{post_id}", response_model=PostRead, responses=NOT_FOUND)
def get_post(post_id: int, db: DbSession) -> PostRead:
    return to_post_read(get_post_or_404(db, post_id))


@router.patch(
    "/{post_id}",
    response_model=PostRead,
    responses={**NOT_FOUND, **AUTH, 403: {"model": ErrorOut}},
)
def update_post(post_id: int, body: PostUpdate, db: DbSession, user: CurrentUser) -> PostRead:
    post = get_post_or_404(db, post_id)
    if post.author_id != user.id:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "Only the author can edit this post")
    for field, value in body.model_dump(exclude_unset=True, exclude_none=True).items():
        setattr(post, field, value)
    db.commit()
    db.refresh(post)
    return to_post_read(post)


@router.delete(
    "/{post_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    responses={**NOT_FOUND, **AUTH, 403: {"model": ErrorOut}},
)
def delete_post(post_id: int, db: DbSession, user: CurrentUser) -> Response:
    post = get_post_or_404(db, post_id)
    if post.author_id != user.id:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "Only the author can delete this post")
    db.delete(post)
    db.commit()
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.get("/{post_id}/comments", response_model=list[CommentRead], responses=NOT_FOUND)
def list_comments(post_id: int, db: DbSession, page: Pagination) -> list[CommentRead]:
    get_post_or_404(db, post_id)
    stmt = (
        select(Comment)
        .where(Comment.post_id == post_id)
        .order_by(Comment.created_at, Comment.id)
        .limit(page.limit)
        .offset(page.offset)
    )
    comments = db.scalars(stmt).all()
    return [to_comment_read(c) for c in comments]


@router.post(
    "/{post_id}/comments",
    response_model=CommentRead,
    status_code=status.HTTP_201_CREATED,
    responses={**NOT_FOUND, **AUTH},
)
def create_comment(post_id: int, body: CommentCreate, db: DbSession, user: CurrentUser) -> CommentRead:
    get_post_or_404(db, post_id)
    comment = Comment(post_id=post_id, content=body.content, author=user)
    db.add(comment)
    db.commit()
    db.refresh(comment)
    return to_comment_read(comment)
