from fastapi import APIRouter, Depends, HTTPException
from sqlmodel import Session, select

from auth import get_current_user
from database import get_session
from models import Comment, Post, User
from schemas import ApiResponse, CommentCreate, CommentOut
from utils.shape import format_comment

router = APIRouter(prefix="/posts/{post_id}/comments", tags=["Comments"])


@router.get("", response_model=ApiResponse[list[CommentOut]], summary="Comments on a post")
async def get_comments(post_id: int, session: Session = Depends(get_session)):
    post = session.get(Post, post_id)
    if not post:
        raise HTTPException(status_code=404, detail="Post not found")
    comments = session.exec(
        select(Comment).where(Comment.post_id == post_id).order_by(Comment.created_at)
    ).all()
    return {
        "success": True,
        "data": [format_comment(c, session.get(User, c.author_id)) for c in comments],
    }


@router.post("", status_code=201, response_model=ApiResponse[CommentOut], summary="Add a comment")
async def add_comment(
    post_id: int,
    comment: CommentCreate,
    session: Session = Depends(get_session),
    current_user: User = Depends(get_current_user),
):
    post = session.get(Post, post_id)
    if not post:
        raise HTTPException(status_code=404, detail="Post not found")

    db_comment = Comment(content=comment.content, post_id=post_id, author_id=current_user.id)
    session.add(db_comment)
    session.commit()
    session.refresh(db_comment)
    return {"success": True, "message": "Comment added!", "data": format_comment(db_comment, current_user)}
