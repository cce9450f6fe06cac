from fastapi import APIRouter, Body, Depends, Query
from sqlalchemy.orm import Session

from app.database import get_db
from app.http.auth import auth_user
from app.http.resources import CommentResource
from app.models import Comment, Post, User
from app.support.helpers import find_or_fail

router = APIRouter(tags=["comments"])


@router.get("/posts/{post_id}/comments", response_model=list[CommentResource])
def index(
    post_id: int,
    limit: int = Query(15, ge=1, le=100),
    offset: int = Query(0, ge=0),
    db: Session = Depends(get_db),
):
    find_or_fail(db, Post, post_id)
    return (
        db.query(Comment)
        .filter(Comment.post_id == post_id)
        .order_by(Comment.id)
        .offset(offset)
        .limit(limit)
        .all()
    )


@router.post("/posts/{post_id}/comments", response_model=CommentResource, status_code=201)
def store(
    post_id: int,
    data: dict = Body(...),
    db: Session = Depends(get_db),
    user: User = Depends(auth_user),
):
    find_or_fail(db, Post, post_id)
    comment = Comment(post_id=post_id, user_id=user.id).fill(data)
    db.add(comment)
    db.commit()
    db.refresh(comment)
    return comment


@router.delete("/comments/{comment_id}", status_code=204, dependencies=[Depends(auth_user)])
def destroy(comment_id: int, db: Session = Depends(get_db)):
    comment = find_or_fail(db, Comment, comment_id)
    db.delete(comment)
    db.commit()
