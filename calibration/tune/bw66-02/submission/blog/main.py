from fastapi import Depends, FastAPI, HTTPException, Query, Response, status
from fastapi.middleware.cors import CORSMiddleware
from fastapi.security import OAuth2PasswordRequestForm
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from blog.auth import create_access_token, get_current_user, hash_password, verify_password
from blog.db import Base, engine, get_db
from blog.models import Comment, Post, User
from blog.schemas import (
    CommentCreate,
    CommentOut,
    PostCreate,
    PostOut,
    PostUpdate,
    Token,
    UserCreate,
    UserOut,
)

Base.metadata.create_all(bind=engine)

app = FastAPI(title="Blog API", version="0.1.0")

app.add_middleware(
    CORSMiddleware,
    allow_origins=["*"],
    allow_credentials=True,
    allow_methods=["*"],
    allow_headers=["*"],
)


# ---------------------------------------------------------------- helpers


def post_to_out(db: Session, post: Post) -> PostOut:
    comment_count = db.scalar(select(func.count(Comment.id)).where(Comment.post_id == post.id))
    return PostOut(
        id=post.id,
        title=post.title,
        content=post.content,
        author=post.author.username,
        comment_count=comment_count or 0,
        created_at=post.created_at,
        updated_at=post.updated_at,
    )


def comment_to_out(comment: Comment) -> CommentOut:
    return CommentOut(
        id=comment.id,
        post_id=comment.post_id,
        body=comment.body,
        author=comment.author.username,
        created_at=comment.created_at,
    )


def get_post_or_404(db: Session, post_id: int) -> Post:
    post = db.get(Post, post_id)
    if post is None:
        raise HTTPException(status_code=404, detail="Post not found")
    return post


# ---------------------------------------------------------------- users / auth


@app.post("/users", response_model=UserOut, status_code=status.HTTP_201_CREATED, tags=["auth"])
async def register(user_in: UserCreate, db: Session = Depends(get_db)) -> User:
    existing = db.scalar(select(User).where(User.username == user_in.username))
    if existing:
        raise HTTPException(status_code=400, detail="Username already registered")
    user = User(username=user_in.username, password_hash=hash_password(user_in.password))
    db.add(user)
    db.commit()
    db.refresh(user)
    return user


@app.post("/token", response_model=Token, tags=["auth"])
async def login(
    form_data: OAuth2PasswordRequestForm = Depends(), db: Session = Depends(get_db)
) -> Token:
    user = db.scalar(select(User).where(User.username == form_data.username))
    if not user or not verify_password(form_data.password, user.password_hash):
        raise HTTPException(
            status_code=status.HTTP_401_UNAUTHORIZED,
            detail="Incorrect username or password",
            headers={"WWW-Authenticate": "Bearer"},
        )
    return Token(access_token=create_access_token(user.id), token_type="bearer")


@app.get("/users/me", response_model=UserOut, tags=["auth"])
async def read_me(current_user: User = Depends(get_current_user)) -> User:
    return current_user


# ---------------------------------------------------------------- posts


@app.get("/posts", response_model=list[PostOut], tags=["posts"])
async def list_posts(
    limit: int = Query(10, ge=1, le=100),
    offset: int = Query(0, ge=0),
    db: Session = Depends(get_db),
) -> list[PostOut]:
    posts = db.scalars(
        select(Post).order_by(Post.created_at.desc(), Post.id.desc()).offset(offset).limit(limit)
    ).all()
    return [post_to_out(db, p) for p in posts]


@app.post("/posts", response_model=PostOut, status_code=status.HTTP_201_CREATED, tags=["posts"])
async def create_post(
    post_in: PostCreate,
    db: Session = Depends(get_db),
    current_user: User = Depends(get_current_user),
) -> PostOut:
    post = Post(title=post_in.title, content=post_in.content, author_id=current_user.id)
    db.add(post)
    db.commit()
    db.refresh(post)
    return post_to_out(db, post)


@app.get("/posts/{post_id}", response_model=PostOut, tags=["posts"])
async def get_post(post_id: int, db: Session = Depends(get_db)) -> PostOut:
    return post_to_out(db, get_post_or_404(db, post_id))


@app.put("/posts/{post_id}", response_model=PostOut, tags=["posts"])
async def update_post(
    post_id: int,
    post_in: PostUpdate,
    db: Session = Depends(get_db),
    current_user: User = Depends(get_current_user),
) -> PostOut:
    post = get_post_or_404(db, post_id)
    if post.author_id != current_user.id:
        raise HTTPException(status_code=403, detail="Not the author of this post")
    if post_in.title is not None:
        post.title = post_in.title
    if post_in.content is not None:
        post.content = post_in.content
    db.commit()
    db.refresh(post)
    return post_to_out(db, post)


@app.delete("/posts/{post_id}", status_code=status.HTTP_204_NO_CONTENT, tags=["posts"])
async def delete_post(
    post_id: int,
    db: Session = Depends(get_db),
    current_user: User = Depends(get_current_user),
) -> Response:
    post = get_post_or_404(db, post_id)
    if post.author_id != current_user.id:
        raise HTTPException(status_code=403, detail="Not the author of this post")
    db.delete(post)
    db.commit()
    return Response(status_code=status.HTTP_204_NO_CONTENT)


# ---------------------------------------------------------------- comments


@app.get("/posts/{post_id}/comments", response_model=list[CommentOut], tags=["comments"])
async def list_comments(post_id: int, db: Session = Depends(get_db)) -> list[CommentOut]:
    post = get_post_or_404(db, post_id)
    return [comment_to_out(c) for c in post.comments]


@app.post(
    "/posts/{post_id}/comments",
    response_model=CommentOut,
    status_code=status.HTTP_201_CREATED,
    tags=["comments"],
)
async def create_comment(
    post_id: int,
    comment_in: CommentCreate,
    db: Session = Depends(get_db),
    current_user: User = Depends(get_current_user),
) -> CommentOut:
    get_post_or_404(db, post_id)
    comment = Comment(body=comment_in.body, post_id=post_id, author_id=current_user.id)
    db.add(comment)
    db.commit()
    db.refresh(comment)
    return comment_to_out(comment)
