from fastapi import APIRouter, Body, Depends, HTTPException, Query
from sqlalchemy.orm import Session

from app.database import get_db
from app.http.auth import auth_user
from app.http.requests import StorePostRequest
from app.http.resources import PostResource
from app.models import Post, User
from app.support.helpers import find_or_fail

router = APIRouter(prefix="/posts", tags=["posts"])


@router.get("", response_model=list[PostResource])
def index(
    limit: int = Query(15, ge=1, le=100),
    offset: int = Query(0, ge=0),
    db: Session = Depends(get_db),
):
    return db.query(Post).order_by(Post.id.desc()).offset(offset).limit(limit).all()


@router.post("", response_model=PostResource, status_code=201)
def store(request: StorePostRequest, db: Session = Depends(get_db), user: User = Depends(auth_user)):
    post = Post(user_id=user.id).fill(request.model_dump())
    db.add(post)
    db.commit()
    db.refresh(post)
    return post


@router.get("/{post_id}", response_model=PostResource)
def show(post_id: int, db: Session = Depends(get_db)):
    return find_or_fail(db, Post, post_id)


@router.put("/{post_id}", response_model=PostResource)
def update(
    post_id: int,
    data: dict = Body(...),
    db: Session = Depends(get_db),
    user: User = Depends(auth_user),
):
    post = find_or_fail(db, Post, post_id)
    if post.user_id != user.id:
        raise HTTPException(status_code=403, detail="This action is unauthorized.")

    post.fill(data)
    db.commit()
    db.refresh(post)
    return post


@router.delete("/{post_id}", status_code=204, dependencies=[Depends(auth_user)])
def destroy(post_id: int, db: Session = Depends(get_db)):
    post = find_or_fail(db, Post, post_id)
    db.delete(post)
    db.commit()
