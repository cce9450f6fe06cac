"""
Blog API
========

Endpoints
---------
POST   /auth/register                 create user
POST   /auth/login                    get bearer token (OAuth2 password form)
GET    /posts                         list posts (public, paginated)
POST   /posts                         new post (auth)
GET    /posts/{post_id}               one post (public)
PUT    /posts/{post_id}               edit post (author only)
DELETE /posts/{post_id}               delete post (author only)
GET    /posts/{post_id}/comments      list comments (public, paginated)
POST   /posts/{post_id}/comments      add comment (auth)

Run with ``uvicorn blogapi.main:app --reload``.
"""
import logging
from contextlib import asynccontextmanager
from typing import List

from fastapi import Depends, FastAPI, HTTPException, Query, Response, status
from fastapi.security import OAuth2PasswordRequestForm
from sqlmodel import Session, select

from blogapi import config
from blogapi.database import get_session, init_db
from blogapi.models import (
    Comment,
    CommentCreate,
    CommentRead,
    Post,
    PostCreate,
    PostRead,
    PostUpdate,
    Token,
    User,
    UserCreate,
    UserRead,
    utc_now,
)
from blogapi.security import create_token, get_current_user, hash_password, verify_password

logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
log = logging.getLogger("blogapi")


@asynccontextmanager
async def lifespan(app: FastAPI):
    init_db()
    log.info("database ready at %s", config.DB_URL)
    yield


app = FastAPI(
    title="Lab Blog API",
    description="Multi-author blog. Auth: OAuth2 password flow, bearer JWT.",
    version="0.1.0",
    lifespan=lifespan,
)


# ------------------------------------------------------------------ helpers
def get_post_or_404(session: Session, post_id: int) -> Post:
    post = session.get(Post, post_id)
    if post is None:
        raise HTTPException(status_code=404, detail=f"post {post_id} not found")
    return post


def count_comments(session: Session, post_id: int) -> int:
    return len(session.exec(select(Comment).where(Comment.post_id == post_id)).all())


def to_post_read(session: Session, post: Post) -> PostRead:
    return PostRead(**post.model_dump(), n_comments=count_comments(session, post.id))


# ------------------------------------------------------------------ auth
@app.post("/auth/register", response_model=UserRead, status_code=201, tags=["auth"])
def register(user_in: UserCreate, session: Session = Depends(get_session)):
    existing = session.exec(select(User).where(User.username == user_in.username)).first()
    if existing:
        raise HTTPException(status_code=409, detail="username already exists")
    user = User(username=user_in.username, password_hash=hash_password(user_in.password))
    session.add(user)
    session.commit()
    session.refresh(user)
    log.info("registered user %s (id=%s)", user.username, user.id)
    return user


@app.post("/auth/login", response_model=Token, tags=["auth"])
def login(form: OAuth2PasswordRequestForm = Depends(), session: Session = Depends(get_session)):
    user = session.exec(select(User).where(User.username == form.username)).first()
    if user is None or not verify_password(form.password, user.password_hash):
        raise HTTPException(
            status_code=401,
            detail="wrong username or password",
            headers={"WWW-Authenticate": "Bearer"},
        )
    return Token(access_token=create_token(user))


# ------------------------------------------------------------------ posts
@app.get("/posts", response_model=List[PostRead], tags=["posts"])
def list_posts(
    limit: int = Query(config.DEFAULT_LIMIT, ge=1, le=config.MAX_LIMIT),
    offset: int = Query(0, ge=0),
    session: Session = Depends(get_session),
):
    """Newest first."""
    posts = session.exec(select(Post)).all()
    posts = sorted(posts, key=lambda p: p.created_at, reverse=True)
    page = posts[offset : offset + limit]
    return [to_post_read(session, p) for p in page]


@app.post("/posts", response_model=PostRead, status_code=201, tags=["posts"])
def create_post(
    post_in: PostCreate,
    session: Session = Depends(get_session),
    user: User = Depends(get_current_user),
):
    post = Post(**post_in.model_dump(), author_id=user.id)
    session.add(post)
    session.commit()
    session.refresh(post)
    return to_post_read(session, post)


@app.get("/posts/{post_id}", response_model=PostRead, tags=["posts"])
def read_post(post_id: int, session: Session = Depends(get_session)):
    return to_post_read(session, get_post_or_404(session, post_id))


@app.put("/posts/{post_id}", response_model=PostRead, tags=["posts"])
def update_post(
    post_id: int,
    post_in: PostUpdate,
    session: Session = Depends(get_session),
    user: User = Depends(get_current_user),
):
    post = get_post_or_404(session, post_id)
    if post.author_id != user.id:
        raise HTTPException(status_code=403, detail="only the author can edit this post")
    for key, value in post_in.model_dump(exclude_unset=True).items():
        if value is not None:
            setattr(post, key, value)
    post.updated_at = utc_now()
    session.add(post)
    session.commit()
    session.refresh(post)
    return to_post_read(session, post)


@app.delete("/posts/{post_id}", status_code=204, tags=["posts"])
def delete_post(
    post_id: int,
    session: Session = Depends(get_session),
    user: User = Depends(get_current_user),
):
    post = get_post_or_404(session, post_id)
    if post.author_id != user.id:
        raise HTTPException(status_code=403, detail="only the author can delete this post")
    for c in session.exec(select(Comment).where(Comment.post_id == post_id)).all():
        session.delete(c)
    session.delete(post)
    session.commit()
    return Response(status_code=204)


# ------------------------------------------------------------------ comments
@app.get("/posts/{post_id}/comments", response_model=List[CommentRead], tags=["comments"])
def list_comments(
    post_id: int,
    limit: int = Query(config.DEFAULT_LIMIT, ge=1, le=config.MAX_LIMIT),
    offset: int = Query(0, ge=0),
    session: Session = Depends(get_session),
):
    get_post_or_404(session, post_id)
    stmt = (
        select(Comment)
        .where(Comment.post_id == post_id)
        .order_by(Comment.created_at)
        .offset(offset)
        .limit(limit)
    )
    return session.exec(stmt).all()


@app.post(
    "/posts/{post_id}/comments", response_model=CommentRead, status_code=201, tags=["comments"]
)
def create_comment(
    post_id: int,
    comment_in: CommentCreate,
    session: Session = Depends(get_session),
    user: User = Depends(get_current_user),
):
    get_post_or_404(session, post_id)
    comment = Comment(**comment_in.model_dump(), post_id=post_id, author_id=user.id)
    session.add(comment)
    session.commit()
    session.refresh(comment)
    return comment
