from fastapi import APIRouter, status

from app.controllers.application_controller import DB, CurrentUser, Page
from app.models import Comment, Post
from app.serializers import CommentParams, CommentSerializer

# nested resource: resources :posts do resources :comments end
router = APIRouter(prefix="/posts/{post_id}/comments", tags=["comments"])


@router.get(
    "",
    response_model=list[CommentSerializer],
    summary="List a post's comments, oldest first",
    responses={404: {"description": "Post not found"}},
)
def index(post_id: int, db: DB, page: Page) -> list[Comment]:
    post = Post.find(db, post_id)
    return Comment.for_post(db, post.id, limit=page.limit, offset=page.offset)


@router.post(
    "",
    response_model=CommentSerializer,
    status_code=status.HTTP_201_CREATED,
    summary="Comment on a post",
    responses={401: {"description": "Not authenticated"}, 404: {"description": "Post not found"}},
)
def create(post_id: int, params: CommentParams, db: DB, current_user: CurrentUser) -> Comment:
    post = Post.find(db, post_id)
    comment = Comment(body=params.body, post=post, author=current_user)
    return comment.save(db)
