from typing import List

from fastapi import APIRouter, Depends, HTTPException, Query, Response, status
from sqlalchemy.orm import Session

from app import models, oauth2, schemas
from app.database import get_db

router = APIRouter(prefix="/posts/{post_id}/comments", tags=["Comments"])


@router.get("/", response_model=List[schemas.CommentOut], summary="List comments of a post")
def get_comments(
    post_id: int,
    db: Session = Depends(get_db),
    limit: int = Query(10, ge=1, le=100),
    offset: int = Query(0, ge=0),
):
    post = db.query(models.Post).filter(models.Post.id == post_id).first()

    if not post:
        raise HTTPException(status_code=status.HTTP_404_NOT_FOUND, detail=f"post with id: {post_id} was not found")

    comments = (
        db.query(models.Comment)
        .filter(models.Comment.post_id == post_id)
        .order_by(models.Comment.id)
        .limit(limit)
        .offset(offset)
        .all()
    )

    return comments


@router.post("/", status_code=status.HTTP_201_CREATED, response_model=schemas.CommentOut, summary="Comment on a post")
def create_comment(
    post_id: int,
    comment: schemas.CommentCreate,
    db: Session = Depends(get_db),
    current_user: models.User = Depends(oauth2.get_current_user),
):
    post = db.query(models.Post).filter(models.Post.id == post_id).first()

    if not post:
        raise HTTPException(status_code=status.HTTP_404_NOT_FOUND, detail=f"post with id: {post_id} was not found")

    new_comment = models.Comment(post_id=post_id, owner_id=current_user.id, **comment.dict())
    db.add(new_comment)
    db.commit()
    db.refresh(new_comment)

    return new_comment


@router.put("/{id}", response_model=schemas.CommentOut, summary="Update a comment")
def update_comment(
    post_id: int,
    id: int,
    updated_comment: schemas.CommentUpdate,
    db: Session = Depends(get_db),
    current_user: models.User = Depends(oauth2.get_current_user),
):
    comment_query = db.query(models.Comment).filter(models.Comment.id == id, models.Comment.post_id == post_id)
    comment = comment_query.first()

    if comment is None:
        raise HTTPException(status_code=status.HTTP_404_NOT_FOUND, detail=f"comment with id: {id} does not exist")

    comment_query.update(updated_comment.dict(), synchronize_session=False)
    db.commit()

    return comment_query.first()


@router.delete("/{id}", status_code=status.HTTP_204_NO_CONTENT, summary="Delete a comment")
def delete_comment(
    post_id: int,
    id: int,
    db: Session = Depends(get_db),
    current_user: models.User = Depends(oauth2.get_current_user),
):
    comment_query = db.query(models.Comment).filter(models.Comment.id == id, models.Comment.post_id == post_id)
    comment = comment_query.first()

    if comment is None:
        raise HTTPException(status_code=status.HTTP_404_NOT_FOUND, detail=f"comment with id: {id} does not exist")

    if comment.owner_id != current_user.id:
        raise HTTPException(status_code=status.HTTP_403_FORBIDDEN, detail="Not authorized to perform requested action")

    db.delete(comment)
    db.commit()

    return Response(status_code=status.HTTP_204_NO_CONTENT)
