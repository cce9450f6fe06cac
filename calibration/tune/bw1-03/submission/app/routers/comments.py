from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Query
from sqlalchemy.orm import Session

from .. import crud, schemas
from ..auth import get_current_user
from ..database import get_db
from ..models import User

router = APIRouter(prefix="/posts/{post_id}/comments", tags=["comments"])


@router.get("/", response_model=list[schemas.CommentOut])
def read_comments(
    post_id: int,
    db: Annotated[Session, Depends(get_db)],
    offset: Annotated[int, Query(ge=0)] = 0,
    limit: Annotated[int, Query(ge=1, le=50)] = 10,
):
    if crud.get_post(db, post_id) is None:
        raise HTTPException(status_code=404, detail="Post not found")
    return crud.get_comments(db, post_id, offset=offset, limit=limit)


@router.post("/", response_model=schemas.CommentOut, status_code=201)
def create_comment(
    post_id: int,
    comment: schemas.CommentCreate,
    db: Annotated[Session, Depends(get_db)],
    current_user: Annotated[User, Depends(get_current_user)],
):
    if crud.get_post(db, post_id) is None:
        raise HTTPException(status_code=404, detail="Post not found")
    return crud.create_comment(db, comment, post_id=post_id, author_id=current_user.id)
