from datetime import timedelta
from typing import List

from fastapi import Depends, FastAPI, HTTPException, Query, status
from fastapi.security import OAuth2PasswordRequestForm
from sqlalchemy.orm import Session

import crud
import models
import schemas
from auth import (
    ACCESS_TOKEN_EXPIRE_MINUTES,
    authenticate_user,
    create_access_token,
    get_current_user,
    get_password_hash,
)
from database import engine, get_db

models.Base.metadata.create_all(bind=engine)

app = FastAPI(title="Blog API", description="A simple multi author blog")


@app.post("/register", response_model=schemas.User, status_code=201, tags=["auth"])
def register(user: schemas.UserCreate, db: Session = Depends(get_db)):
    db_user = crud.get_user_by_username(db, username=user.username)
    if db_user:
        raise HTTPException(status_code=409, detail="Username already registered")
    return crud.create_user(db, user, get_password_hash(user.password))


@app.post("/token", response_model=schemas.Token, tags=["auth"])
def login(form_data: OAuth2PasswordRequestForm = Depends(), db: Session = Depends(get_db)):
    user = authenticate_user(db, form_data.username, form_data.password)
    if not user:
        raise HTTPException(
            status_code=status.HTTP_401_UNAUTHORIZED,
            detail="Incorrect username or password",
            headers={"WWW-Authenticate": "Bearer"},
        )
    access_token_expires = timedelta(minutes=ACCESS_TOKEN_EXPIRE_MINUTES)
    access_token = create_access_token(
        data={"sub": user.username}, expires_delta=access_token_expires
    )
    return {"access_token": access_token, "token_type": "bearer"}


@app.get("/posts", response_model=List[schemas.Post], tags=["posts"])
def read_posts(
    limit: int = Query(10, ge=1, le=100),
    offset: int = Query(0, ge=0),
    db: Session = Depends(get_db),
):
    return crud.get_posts(db, skip=offset, limit=limit)


@app.post("/posts", response_model=schemas.Post, status_code=201, tags=["posts"])
def create_post(
    post: schemas.PostCreate,
    db: Session = Depends(get_db),
    current_user: models.User = Depends(get_current_user),
):
    return crud.create_post(db, post, current_user.id)


@app.get("/posts/{post_id}", response_model=schemas.Post, tags=["posts"])
def read_post(post_id: int, db: Session = Depends(get_db)):
    db_post = crud.get_post(db, post_id)
    if db_post is None:
        raise HTTPException(status_code=404, detail="Post not found")
    return db_post


@app.put("/posts/{post_id}", response_model=schemas.Post, tags=["posts"])
def update_post(
    post_id: int,
    post: dict,
    db: Session = Depends(get_db),
    current_user: models.User = Depends(get_current_user),
):
    db_post = crud.get_post(db, post_id)
    if db_post is None:
        raise HTTPException(status_code=404, detail="Post not found")
    if db_post.author_id != current_user.id:
        raise HTTPException(status_code=403, detail="Not enough permissions")
    return crud.update_post(db, db_post, post)


@app.delete("/posts/{post_id}", status_code=204, tags=["posts"])
def delete_post(
    post_id: int,
    db: Session = Depends(get_db),
    current_user: models.User = Depends(get_current_user),
):
    db_post = crud.get_post(db, post_id)
    if db_post is None:
        raise HTTPException(status_code=404, detail="Post not found")
    if db_post.author_id != current_user.id:
        raise HTTPException(status_code=403, detail="Not enough permissions")
    crud.delete_post(db, db_post)


@app.post("/posts/{post_id}/comments", response_model=schemas.Comment, status_code=201, tags=["comments"])
def create_comment(
    post_id: int,
    comment: schemas.CommentCreate,
    db: Session = Depends(get_db),
    current_user: models.User = Depends(get_current_user),
):
    if crud.get_post(db, post_id) is None:
        raise HTTPException(status_code=404, detail="Post not found")
    return crud.create_comment(db, comment, post_id, current_user.id)


@app.get("/posts/{post_id}/comments", response_model=List[schemas.Comment], tags=["comments"])
def read_comments(
    post_id: int,
    limit: int = Query(10, ge=1, le=100),
    offset: int = Query(0, ge=0),
    db: Session = Depends(get_db),
):
    if crud.get_post(db, post_id) is None:
        raise HTTPException(status_code=404, detail="Post not found")
    return crud.get_comments(db, post_id, skip=offset, limit=limit)
