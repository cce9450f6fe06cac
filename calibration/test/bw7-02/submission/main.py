from datetime import timedelta
from typing import Annotated

from fastapi import Depends, FastAPI, HTTPException, Query, status
from fastapi.security import OAuth2PasswordRequestForm
from sqlmodel import select

from auth import (
    ACCESS_TOKEN_EXPIRE_MINUTES,
    CurrentUser,
    authenticate_user,
    create_access_token,
    get_password_hash,
    get_user,
)
from database import SessionDep, create_db_and_tables
from models import (
    Comment,
    CommentCreate,
    CommentPublic,
    Post,
    PostCreate,
    PostPublic,
    PostUpdate,
    Token,
    User,
    UserCreate,
    UserPublic,
)

app = FastAPI(title="Blog API", description="A small multi-author blog. Take-home assignment.")


@app.on_event("startup")
def on_startup():
    create_db_and_tables()


# ---------- Users and login ----------

@app.post("/users/", response_model=UserPublic, status_code=status.HTTP_201_CREATED, tags=["users"])
def create_user(user: UserCreate, session: SessionDep):
    if get_user(session, user.username):
        raise HTTPException(status_code=400, detail="Username already registered")
    hashed_password = get_password_hash(user.password)
    db_user = User(username=user.username, hashed_password=hashed_password)
    session.add(db_user)
    session.commit()
    session.refresh(db_user)
    return db_user


@app.post("/token", tags=["users"])
async def login_for_access_token(
    form_data: Annotated[OAuth2PasswordRequestForm, Depends()], session: SessionDep
) -> Token:
    user = authenticate_user(session, form_data.username, form_data.password)
    if not user:
        raise HTTPException(
            status_code=status.HTTP_401_UNAUTHORIZED,
            detail="Incorrect username or password",
            headers={"WWW-Authenticate": "Bearer"},
        )
    access_token_expires = timedelta(minutes=ACCESS_TOKEN_EXPIRE_MINUTES)
    access_token = create_access_token(data={"sub": user.username}, expires_delta=access_token_expires)
    return Token(access_token=access_token, token_type="bearer")


@app.get("/users/me", response_model=UserPublic, tags=["users"])
def read_users_me(current_user: CurrentUser):
    return current_user


# ---------- Posts ----------

@app.post("/posts/", response_model=PostPublic, status_code=status.HTTP_201_CREATED, tags=["posts"])
def create_post(post: PostCreate, session: SessionDep, current_user: CurrentUser):
    db_post = Post.model_validate(post, update={"author_id": current_user.id})
    session.add(db_post)
    session.commit()
    session.refresh(db_post)
    return db_post


@app.get("/posts/", response_model=list[PostPublic], tags=["posts"])
def read_posts(
    session: SessionDep,
    offset: int = 0,
    limit: Annotated[int, Query(le=100)] = 10,
):
    posts = session.exec(select(Post).order_by(Post.created_at.desc()).offset(offset).limit(limit)).all()
    return posts


@app.get("/posts/{post_id}", response_model=PostPublic, tags=["posts"])
def read_post(post_id: int, session: SessionDep):
    post = session.get(Post, post_id)
    if not post:
        raise HTTPException(status_code=404, detail="Post not found")
    return post


@app.patch("/posts/{post_id}", response_model=PostPublic, tags=["posts"])
def update_post(post_id: int, post: PostUpdate, session: SessionDep, current_user: CurrentUser):
    db_post = session.get(Post, post_id)
    if not db_post:
        raise HTTPException(status_code=404, detail="Post not found")
    if db_post.author_id != current_user.id:
        raise HTTPException(status_code=403, detail="You can only edit your own posts")
    post_data = post.model_dump(exclude_unset=True)
    db_post.sqlmodel_update(post_data)
    session.add(db_post)
    session.commit()
    session.refresh(db_post)
    return db_post


@app.delete("/posts/{post_id}", status_code=status.HTTP_204_NO_CONTENT, tags=["posts"])
def delete_post(post_id: int, session: SessionDep, current_user: CurrentUser):
    post = session.get(Post, post_id)
    if not post:
        raise HTTPException(status_code=404, detail="Post not found")
    if post.author_id != current_user.id:
        raise HTTPException(status_code=403, detail="You can only delete your own posts")
    session.delete(post)
    session.commit()


# ---------- Comments ----------

@app.post(
    "/posts/{post_id}/comments",
    response_model=CommentPublic,
    status_code=status.HTTP_201_CREATED,
    tags=["comments"],
)
def create_comment(post_id: int, comment: CommentCreate, session: SessionDep, current_user: CurrentUser):
    post = session.get(Post, post_id)
    if not post:
        raise HTTPException(status_code=404, detail="Post not found")
    db_comment = Comment.model_validate(comment, update={"post_id": post_id, "author_id": current_user.id})
    session.add(db_comment)
    session.commit()
    session.refresh(db_comment)
    return db_comment


@app.get("/posts/{post_id}/comments", response_model=list[CommentPublic], tags=["comments"])
def read_comments(
    post_id: int,
    session: SessionDep,
    offset: int = 0,
    limit: Annotated[int, Query(le=100)] = 10,
):
    post = session.get(Post, post_id)
    if not post:
        raise HTTPException(status_code=404, detail="Post not found")
    comments = session.exec(
        select(Comment).where(Comment.post_id == post_id).offset(offset).limit(limit)
    ).all()
    return comments
