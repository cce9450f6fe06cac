from fastapi import APIRouter, HTTPException, Response, status

from app.controllers.application_controller import DB, CurrentUser, Page
from app.models import Post, User
from app.serializers import PostCreateParams, PostSerializer, PostUpdateParams

router = APIRouter(prefix="/posts", tags=["posts"])

NOT_FOUND = {404: {"description": "Post not found"}}
AUTH_ERRORS = {401: {"description": "Not authenticated"}, 403: {"description": "Not the author"}}


def authorize_author(post: Post, user: User) -> None:
    """before_action :require_author, only: [:update, :destroy]"""
    if not post.authored_by(user):
        raise HTTPException(status_code=status.HTTP_403_FORBIDDEN, detail="You are not the author of this post")


@router.get("", response_model=list[PostSerializer], summary="List posts, newest first")
def index(db: DB, page: Page) -> list[Post]:
    return Post.recent(db, limit=page.limit, offset=page.offset)


@router.get("/{id}", response_model=PostSerializer, summary="Show a post", responses=NOT_FOUND)
def show(id: int, db: DB) -> Post:
    return Post.find(db, id)


@router.post(
    "",
    response_model=PostSerializer,
    status_code=status.HTTP_201_CREATED,
    summary="Publish a post",
    responses={401: {"description": "Not authenticated"}},
)
def create(params: PostCreateParams, db: DB, current_user: CurrentUser) -> Post:
    post = Post(title=params.title, content=params.content, author=current_user)
    return post.save(db)


@router.patch(
    "/{id}",
    response_model=PostSerializer,
    summary="Update a post (author only)",
    responses={**NOT_FOUND, **AUTH_ERRORS},
)
@router.put("/{id}", response_model=PostSerializer, include_in_schema=False)
def update(id: int, params: PostUpdateParams, db: DB, current_user: CurrentUser) -> Post:
    post = Post.find(db, id)
    authorize_author(post, current_user)
    return post.update(db, **params.model_dump(exclude_unset=True, exclude_none=True))


@router.delete(
    "/{id}",
    status_code=status.HTTP_204_NO_CONTENT,
    summary="Delete a post (author only)",
    responses={**NOT_FOUND, **AUTH_ERRORS},
)
def destroy(id: int, db: DB, current_user: CurrentUser) -> Response:
    post = Post.find(db, id)
    authorize_author(post, current_user)
    post.destroy(db)
    return Response(status_code=status.HTTP_204_NO_CONTENT)
