"""Posts and their comments.

Authorisation rule: anyone may read; a valid token is needed to write; only
the author of a post may modify or delete it (403 otherwise).
"""

from fastapi import APIRouter, HTTPException, Response, status

from .. import persistence
from ..dependencies import CurrentUser, PageDep, SessionDep
from ..schemas import (
    CommentCreate,
    CommentPage,
    CommentRead,
    PostCreate,
    PostPage,
    PostRead,
    PostUpdate,
    Problem,
)

router = APIRouter(prefix="/posts", tags=["posts"])

_NOT_FOUND = {404: {"model": Problem, "description": "No post with this id"}}
_UNAUTHENTICATED = {401: {"model": Problem, "description": "Missing or invalid token"}}
_FORBIDDEN = {403: {"model": Problem, "description": "Caller is not the author"}}


def _post_or_404(session, post_id):
    """Load a post or raise a 404 ``HTTPException``."""
    post = persistence.find_post(session, post_id)
    if post is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "Post not found")
    return post


def _authored_post_or_error(session, post_id, user):
    """Load a post that ``user`` is allowed to modify.

    Returns
    -------
    persistence.Post

    Raises
    ------
    HTTPException
        404 if the post does not exist, 403 if ``user`` is not its author.
    """
    post = _post_or_404(session, post_id)
    if post.author_id != user.id:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "Only the author may modify this post")
    return post


@router.get("", response_model=PostPage, summary="List posts (newest first)")
def list_posts(session: SessionDep, page: PageDep) -> PostPage:
    """Return a page of posts; see ``limit`` and ``offset``."""
    posts, total = persistence.page_of_posts(session, page.limit, page.offset)
    return PostPage(
        items=[PostRead.model_validate(p) for p in posts],
        total=total,
        limit=page.limit,
        offset=page.offset,
    )


@router.post(
    "",
    response_model=PostRead,
    status_code=status.HTTP_201_CREATED,
    summary="Publish a post",
    responses=_UNAUTHENTICATED,
)
def create_post(payload: PostCreate, session: SessionDep, user: CurrentUser) -> persistence.Post:
    """Create a post authored by the caller."""
    post = persistence.Post(title=payload.title, content=payload.content, author=user)
    session.add(post)
    session.flush()
    return post


@router.get("/{post_id}", response_model=PostRead, summary="Read a post", responses=_NOT_FOUND)
def read_post(post_id: int, session: SessionDep) -> persistence.Post:
    """Return a single post."""
    return _post_or_404(session, post_id)


@router.patch(
    "/{post_id}",
    response_model=PostRead,
    summary="Edit a post (author only)",
    responses={**_NOT_FOUND, **_UNAUTHENTICATED, **_FORBIDDEN},
)
def update_post(
    post_id: int, payload: PostUpdate, session: SessionDep, user: CurrentUser
) -> persistence.Post:
    """Apply a partial update; fields that are omitted or ``null`` are kept."""
    post = _authored_post_or_error(session, post_id, user)
    for field, value in payload.model_dump(exclude_none=True).items():
        setattr(post, field, value)
    session.flush()
    return post


@router.delete(
    "/{post_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    summary="Delete a post (author only)",
    responses={**_NOT_FOUND, **_UNAUTHENTICATED, **_FORBIDDEN},
)
def delete_post(post_id: int, session: SessionDep, user: CurrentUser) -> Response:
    """Delete a post together with its comments."""
    post = _authored_post_or_error(session, post_id, user)
    session.delete(post)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.get(
    "/{post_id}/comments",
    response_model=CommentPage,
    summary="List a post's comments (oldest first)",
    responses=_NOT_FOUND,
)
def list_comments(post_id: int, session: SessionDep, page: PageDep) -> CommentPage:
    """Return a page of comments of an existing post."""
    _post_or_404(session, post_id)
    comments, total = persistence.page_of_comments(session, post_id, page.limit, page.offset)
    return CommentPage(
        items=[CommentRead.model_validate(c) for c in comments],
        total=total,
        limit=page.limit,
        offset=page.offset,
    )


@router.post(
    "/{post_id}/comments",
    response_model=CommentRead,
    status_code=status.HTTP_201_CREATED,
    summary="Comment on a post",
    responses={**_NOT_FOUND, **_UNAUTHENTICATED},
)
def create_comment(
    post_id: int, payload: CommentCreate, session: SessionDep, user: CurrentUser
) -> persistence.Comment:
    """Attach a comment by the caller to an existing post."""
    post = _post_or_404(session, post_id)
    comment = persistence.Comment(body=payload.body, post=post, author=user)
    session.add(comment)
    session.flush()
    return comment
