from fastapi import APIRouter, Response, status
from sqlalchemy import select

from blog.deps import CurrentUser, DbSession, Pagination, abort, get_or_404
from blog.models import Comment, Post
from blog.schemas import CommentIn, CommentOut, PostIn, PostOut, PostPatch

posts_bp = APIRouter(prefix="/posts", tags=["posts"])

_404 = {404: {"description": "Post not found"}}
_401 = {401: {"description": "Not authenticated"}}
_403 = {403: {"description": "Not the author of this post"}}


@posts_bp.get("", response_model=list[PostOut], summary="List posts, newest first")
def index(session: DbSession, page: Pagination) -> list[PostOut]:
    posts = session.scalars(
        select(Post).order_by(Post.created_at.desc(), Post.id.desc())
        .limit(page.limit)
        .offset(page.offset)
    ).all()
    return [PostOut.from_post(post) for post in posts]


@posts_bp.post(
    "",
    response_model=PostOut,
    status_code=status.HTTP_201_CREATED,
    summary="Publish a post",
    responses=_401,
)
def create(data: PostIn, session: DbSession, user: CurrentUser) -> PostOut:
    post = Post(title=data.title, body=data.content, author=user)
    session.add(post)
    session.commit()
    return PostOut.from_post(post)


@posts_bp.get("/{post_id}", response_model=PostOut, summary="Read a post", responses=_404)
def detail(post_id: int, session: DbSession) -> PostOut:
    return PostOut.from_post(get_or_404(session, Post, post_id))


@posts_bp.patch(
    "/{post_id}",
    response_model=PostOut,
    summary="Edit your own post",
    responses={**_401, **_403, **_404},
)
def update(post_id: int, data: PostPatch, session: DbSession, user: CurrentUser) -> PostOut:
    post = get_or_404(session, Post, post_id)
    if post.author_id != user.id:
        abort(403, "You can only edit your own posts")
    changes = data.model_dump(exclude_unset=True, exclude_none=True)
    if "title" in changes:
        post.title = changes["title"]
    if "content" in changes:
        post.body = changes["content"]
    session.commit()
    return PostOut.from_post(post)


@posts_bp.delete(
    "/{post_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    summary="Delete your own post",
    responses={**_401, **_403, **_404},
)
def delete(post_id: int, session: DbSession, user: CurrentUser) -> Response:
    post = get_or_404(session, Post, post_id)
    if post.author_id != user.id:
        abort(403, "You can only delete your own posts")
    session.delete(post)
    session.commit()
    return Response(status_code=status.HTTP_204_NO_CONTENT)


# --- comments -------------------------------------------------------------


@posts_bp.get(
    "/{post_id}/comments",
    response_model=list[CommentOut],
    summary="All comments of a post, oldest first",
    responses=_404,
)
def comments(post_id: int, session: DbSession) -> list[CommentOut]:
    post = get_or_404(session, Post, post_id)
    return [CommentOut.from_comment(c) for c in post.comments]


@posts_bp.post(
    "/{post_id}/comments",
    response_model=CommentOut,
    status_code=status.HTTP_201_CREATED,
    summary="Comment on a post",
    responses={**_401, **_404},
)
def add_comment(post_id: int, data: CommentIn, session: DbSession, user: CurrentUser) -> CommentOut:
    post = get_or_404(session, Post, post_id)
    comment = Comment(body=data.content, post=post, author=user)
    session.add(comment)
    session.commit()
    return CommentOut.from_comment(comment)
