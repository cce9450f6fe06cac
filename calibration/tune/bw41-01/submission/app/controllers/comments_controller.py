from fastapi import APIRouter, status

from app.controllers.concerns.authentication import DB, CurrentUser
from app.models import Comment, Post
from app.serializers import CommentCreate, CommentOut

router = APIRouter(prefix="/posts/{post_id}/comments", tags=["comments"])

NOT_FOUND = {404: {"description": "Post not found"}}


@router.get("", response_model=list[CommentOut], summary="Comments on a post", responses=NOT_FOUND)
def index(post_id: int, db: DB) -> list[Comment]:
    post = Post.find(db, post_id)
    return post.comments


@router.post(
    "",
    response_model=CommentOut,
    status_code=status.HTTP_201_CREATED,
    summary="Comment on a post",
    responses=NOT_FOUND,
)
def create(post_id: int, params: CommentCreate, db: DB, user: CurrentUser) -> Comment:
    post = Post.find(db, post_id)
    return Comment.create(db, body=params.body, post_id=post.id, author_id=user.id)
