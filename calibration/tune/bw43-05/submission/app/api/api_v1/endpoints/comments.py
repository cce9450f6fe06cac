from typing import List

from fastapi import APIRouter, Body, Depends, HTTPException
from sqlalchemy.orm import Session

from app import crud, models, schemas
from app.api import deps

router = APIRouter()


@router.post("/{post_id}/comments", status_code=201)
async def create_comment(
    post_id: int,
    payload: dict = Body(...),
    db: Session = Depends(deps.get_db),
    current_user: models.User = Depends(deps.get_current_active_user),
):
    comment = models.Comment(
        text=payload["text"], post_id=post_id, owner_id=current_user.id
    )
    db.add(comment)
    db.commit()
    db.refresh(comment)
    return comment


@router.get("/{post_id}/comments", response_model=List[schemas.Comment])
async def read_comments(post_id: int, db: Session = Depends(deps.get_db)):
    post = crud.post.get(db=db, id=post_id)
    if not post:
        raise HTTPException(status_code=404, detail="Post not found")
    return post.comments
