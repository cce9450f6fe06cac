import os
import time
from datetime import datetime
from typing import List

import pandas as pd
from fastapi import Depends, FastAPI, HTTPException, Query, Request, Response, status
from fastapi.middleware.cors import CORSMiddleware
from fastapi.security import OAuth2PasswordRequestForm
from sqlalchemy import select
from sqlalchemy.orm import Session

from app import models, schemas
from app.auth import create_access_token, get_current_user, hash_password, verify_password
from app.database import Base, engine, get_db
from app.helpers import get_post_or_404, post_to_out

Base.metadata.create_all(bind=engine)

app = FastAPI(
    title="Blog API",
    description="Multi-author blog: users, posts, comments. Auth is OAuth2 password flow + JWT.",
    version="0.1.0",
)

# frontend origin(s), comma separated
origins = os.getenv("CORS_ORIGINS", "*").split(",")
app.add_middleware(
    CORSMiddleware,
    allow_origins=origins,
    allow_credentials=True,
    allow_methods=["*"],
    allow_headers=["*"],
)


@app.middleware("http")
async def add_process_time(request: Request, call_next):
    # handy to see which endpoints are slow
    start = time.perf_counter()
    response = await call_next(request)
    response.headers["X-Process-Time"] = f"{time.perf_counter() - start:.4f}"
    return response


# ---------------- auth ----------------

@app.post("/users", response_model=schemas.UserOut, status_code=201, tags=["auth"])
def register(user_in: schemas.UserCreate, db: Session = Depends(get_db)):
    existing = db.scalar(select(models.User).where(models.User.username == user_in.username))
    if existing:
        raise HTTPException(status_code=400, detail="Username already registered")
    user = models.User(username=user_in.username, hashed_password=hash_password(user_in.password))
    db.add(user)
    db.commit()
    db.refresh(user)
    return user


@app.post("/token", response_model=schemas.Token, tags=["auth"])
def login(form_data: OAuth2PasswordRequestForm = Depends(), db: Session = Depends(get_db)):
    user = db.scalar(select(models.User).where(models.User.username == form_data.username))
    if not user or not verify_password(form_data.password, user.hashed_password):
        raise HTTPException(
            status_code=status.HTTP_401_UNAUTHORIZED,
            detail="Incorrect username or password",
            headers={"WWW-Authenticate": "Bearer"},
        )
    return {"access_token": create_access_token(user.username), "token_type": "bearer"}


@app.get("/users/me", response_model=schemas.UserOut, tags=["auth"])
def read_me(current_user: models.User = Depends(get_current_user)):
    return current_user


# ---------------- posts ----------------

@app.get("/posts", response_model=List[schemas.PostOut], tags=["posts"])
def list_posts(
    limit: int = Query(10, ge=1, le=50),
    offset: int = Query(0, ge=0),
    db: Session = Depends(get_db),
):
    posts = db.scalars(
        select(models.Post).order_by(models.Post.created_at.desc()).offset(offset).limit(limit)
    ).all()
    return [post_to_out(db, p) for p in posts]


@app.post("/posts", response_model=schemas.PostOut, status_code=201, tags=["posts"])
def create_post(
    post_in: schemas.PostCreate,
    db: Session = Depends(get_db),
    current_user: models.User = Depends(get_current_user),
):
    post = models.Post(title=post_in.title, content=post_in.content, author_id=current_user.id)
    db.add(post)
    db.commit()
    db.refresh(post)
    return post_to_out(db, post)


@app.get("/posts/{post_id}", response_model=schemas.PostOut, tags=["posts"])
def get_post(post_id: int, db: Session = Depends(get_db)):
    post = get_post_or_404(db, post_id)
    return post_to_out(db, post)


@app.patch("/posts/{post_id}", response_model=schemas.PostOut, tags=["posts"])
def update_post(
    post_id: int,
    post_in: schemas.PostUpdate,
    db: Session = Depends(get_db),
    current_user: models.User = Depends(get_current_user),
):
    post = get_post_or_404(db, post_id)
    if post.author_id != current_user.id:
        raise HTTPException(status_code=403, detail="Not your post")
    for field, value in post_in.model_dump(exclude_unset=True).items():
        setattr(post, field, value)
    post.updated_at = datetime.utcnow()
    db.commit()
    db.refresh(post)
    return post_to_out(db, post)


@app.delete("/posts/{post_id}", status_code=204, tags=["posts"])
def delete_post(
    post_id: int,
    db: Session = Depends(get_db),
    current_user: models.User = Depends(get_current_user),
):
    post = get_post_or_404(db, post_id)
    if post.author_id != current_user.id:
        raise HTTPException(status_code=403, detail="Not your post")
    db.delete(post)
    db.commit()
    return Response(status_code=204)


# ---------------- comments ----------------

@app.get("/posts/{post_id}/comments", response_model=List[schemas.CommentOut], tags=["comments"])
def list_comments(post_id: int, db: Session = Depends(get_db)):
    post = get_post_or_404(db, post_id)
    return post.comments


@app.post(
    "/posts/{post_id}/comments",
    response_model=schemas.CommentOut,
    status_code=201,
    tags=["comments"],
)
def create_comment(
    post_id: int,
    comment_in: schemas.CommentCreate,
    db: Session = Depends(get_db),
    current_user: models.User = Depends(get_current_user),
):
    get_post_or_404(db, post_id)
    comment = models.Comment(content=comment_in.content, post_id=post_id, author_id=current_user.id)
    db.add(comment)
    db.commit()
    db.refresh(comment)
    return comment


# ---------------- stats ----------------

@app.get("/stats/authors", response_model=List[schemas.AuthorStats], tags=["stats"])
def author_stats(db: Session = Depends(get_db)):
    """Posts per author, average post length and date of the latest post."""
    posts = pd.read_sql(
        select(models.Post.author_id, models.Post.content, models.Post.created_at), db.bind
    )
    if posts.empty:
        return []
    users = pd.read_sql(select(models.User.id, models.User.username), db.bind)
    posts["length"] = posts["content"].str.len()
    agg = (
        posts.groupby("author_id")
        .agg(
            n_posts=("content", "size"),
            avg_length=("length", "mean"),
            last_post=("created_at", "max"),
        )
        .reset_index()
        .merge(users, left_on="author_id", right_on="id")
        .sort_values("n_posts", ascending=False)
    )
    return agg[["username", "n_posts", "avg_length", "last_post"]].to_dict(orient="records")
