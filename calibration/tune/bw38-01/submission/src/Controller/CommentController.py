from fastapi import APIRouter, Depends, HTTPException, Query, status

from config.services import get_comment_repository, get_post_repository
from src.Dto.CommentDto import CommentInput, CommentOutput
from src.Entity.Comment import Comment
from src.Entity.User import User
from src.Repository.CommentRepository import CommentRepository
from src.Repository.PostRepository import PostRepository
from src.Security.TokenAuthenticator import getUser

router = APIRouter(prefix="/api/posts/{postId}/comments", tags=["Comment"])


def assertPostExists(postId: int, posts: PostRepository) -> None:
    if posts.find(postId) is None:
        raise HTTPException(status_code=status.HTTP_404_NOT_FOUND, detail="Post not found.")


@router.get(
    "",
    response_model=list[CommentOutput],
    summary="List the comments of a post",
    responses={404: {"description": "Post not found"}},
)
def index(
    postId: int,
    limit: int = Query(20, ge=1, le=100),
    offset: int = Query(0, ge=0),
    posts: PostRepository = Depends(get_post_repository),
    comments: CommentRepository = Depends(get_comment_repository),
) -> list[CommentOutput]:
    assertPostExists(postId, posts)

    return [CommentOutput.fromEntity(comment) for comment in comments.findByPost(postId, limit, offset)]


@router.post(
    "",
    response_model=CommentOutput,
    status_code=status.HTTP_201_CREATED,
    summary="Comment on a post",
    responses={401: {"description": "Not authenticated"}, 404: {"description": "Post not found"}},
)
def new(
    postId: int,
    dto: CommentInput,
    user: User = Depends(getUser),
    posts: PostRepository = Depends(get_post_repository),
    comments: CommentRepository = Depends(get_comment_repository),
) -> CommentOutput:
    assertPostExists(postId, posts)

    comment = Comment(content=dto.content, post_id=postId, author=user)
    comments.save(comment)

    return CommentOutput.fromEntity(comment)
