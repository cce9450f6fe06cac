from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Query, Response
from sqlalchemy.orm import Session

from .. import crud, schemas
from ..auth import get_current_user
from ..database import get_db
from ..models import User

router = APIRouter(prefix="/posts", tags=["posts"])


@router.get("/", response_model=list[schemas.PostListItem])
def read_posts(
    db: Annotated[Session, Depends(get_db)],
    offset: Annotated[int, Query(ge=0)] = 0,
    limit: Annotated[int, Query(ge=1, le=50)] = 10,
):
    posts = crud.get_posts(db, offset=offset, limit=limit)
    result = []
    for post in posts:
        result.append(
            schemas.PostListItem(
                id=post.id,
                title=post.title,
                content=post.content,
                created_at=post.created_at,
                author=post.author.username,
                comment_count=len(post.comments),
            )
        )
    return result


@router.post("/", response_model=schemas.PostOut, status_code=201)
def create_post(
    post: schemas.PostCreate,
    db: Annotated[Session, Depends(get_db)],
    current_user: Annotated[User, Depends(get_current_user)],
):
    return crud.create_post(db, post, author_id=current_user.id)


@router.get("/{post_id}", response_model=schemas.PostOut)
def read_post(post_id: int, db: Annotated[Session, Depends(get_db)]):
    post = crud.get_post(db, post_id)
    if post is None:
        raise HTTPException(status_code=404, detail="Post not found")
    return post


@router.put("/{post_id}", response_model=schemas.PostOut)
def update_post(
    post_id: int,
    post: schemas.PostCreate,
    db: Annotated[Session, Depends(get_db)],
    current_user: Annotated[User, Depends(get_current_user)],
):
    db_post = crud.get_post(db, post_id)
    if db_post is None:
        raise HTTPException(status_code=404, detail="Post not found")
    if db_post.author_id != current_user.id:
        raise HTTPException(status_code=403, detail="You can only edit your own posts")
    return crud.update_post(db, db_post, post)


@router.delete("/{post_id}", status_code=204)
def delete_post(
    post_id: int,
    db: Annotated[Session, Depends(get_db)],
    current_user: Annotated[User, Depends(get_current_user)],
):
    db_post = crud.get_post(db, post_id)
    if db_post is None:
        raise HTTPException(status_code=404, detail="Post not found")
    if db_post.author_id != current_user.id:
        raise HTTPException(status_code=403, detail="You can only delete your own posts")
    crud.delete_post(db, db_post)
    return Response(status_code=204)
