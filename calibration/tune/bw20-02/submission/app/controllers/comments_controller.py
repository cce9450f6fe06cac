from fastapi import APIRouter, Depends, Query, status
from sqlalchemy.orm import Session

from app import config
from app.controllers.application import authenticate_user
from app.db import get_db
from app.models import Comment, Post, User
from app.serializers import CommentOut, CommentParams, ErrorOut

router = APIRouter(prefix="/posts/{post_id}/comments", tags=["comments"])


@router.get("", response_model=list[CommentOut], responses={404: {"model": ErrorOut}}, summary="List comments")
async def index(
    post_id: int,
    limit: int = Query(config.DEFAULT_PER_PAGE, ge=1, description="Page size (capped at 100)"),
    offset: int = Query(0, ge=0),
    db: Session = Depends(get_db),
):
    post = Post.find(db, post_id)
    return [comment.as_json() for comment in post.comments_page(db, limit, offset)]


@router.post(
    "",
    status_code=status.HTTP_201_CREATED,
    response_model=CommentOut,
    responses={401: {"model": ErrorOut}, 404: {"model": ErrorOut}},
    summary="Comment on a post",
)
async def create(
    post_id: int,
    params: CommentParams,
    user: User = Depends(authenticate_user),
    db: Session = Depends(get_db),
):
    post = Post.find(db, post_id)
    comment = Comment(body=params.body, post=post, author=user)
    return comment.save(db).as_json()
