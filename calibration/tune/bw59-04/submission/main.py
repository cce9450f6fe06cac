from typing import List

from fastapi import Depends, FastAPI, HTTPException
from fastapi.security import OAuth2PasswordRequestForm
from sqlmodel import Session, select

from auth import authenticate_user, create_access_token, get_current_user, get_user, hash_password
from database import create_db_and_tables, get_session
from models import Comment, CommentCreate, Post, PostCreate, User, UserCreate, UserRead

app = FastAPI(title="Blog API")


@app.on_event("startup")
def on_startup():
    create_db_and_tables()


@app.get("/")
async def root():
    return {"message": "Welcome to the Blog API"}


# ---------- users ----------

@app.post("/signup", response_model=UserRead)
async def signup(user: UserCreate, session: Session = Depends(get_session)):
    existing = get_user(session, user.username)
    if existing:
        raise HTTPException(status_code=400, detail="Username already registered")
    db_user = User(username=user.username, hashed_password=hash_password(user.password))
    session.add(db_user)
    session.commit()
    session.refresh(db_user)
    return db_user


@app.post("/token")
async def login(form_data: OAuth2PasswordRequestForm = Depends(), session: Session = Depends(get_session)):
    user = authenticate_user(session, form_data.username, form_data.password)
    if not user:
        raise HTTPException(status_code=401, detail="Incorrect username or password")
    access_token = create_access_token(data={"sub": user.username})
    return {"access_token": access_token, "token_type": "bearer"}


@app.get("/users/me", response_model=User)
async def read_users_me(current_user: User = Depends(get_current_user)):
    return current_user


# ---------- posts ----------

@app.get("/posts", response_model=List[Post])
async def get_posts(limit: int = 10, offset: int = 0, session: Session = Depends(get_session)):
    posts = session.exec(select(Post).offset(offset).limit(limit)).all()
    return posts


@app.get("/posts/{post_id}", response_model=Post)
async def get_post(post_id: int, session: Session = Depends(get_session)):
    post = session.get(Post, post_id)
    if not post:
        raise HTTPException(status_code=404, detail="Post not found")
    return post


@app.post("/posts", response_model=Post, status_code=201)
async def create_post(
    post: PostCreate,
    session: Session = Depends(get_session),
    current_user: User = Depends(get_current_user),
):
    db_post = Post(title=post.title, content=post.content, author_id=current_user.id)
    session.add(db_post)
    session.commit()
    session.refresh(db_post)
    return db_post


@app.put("/posts/{post_id}", response_model=Post)
async def update_post(
    post_id: int,
    post_data: dict,
    session: Session = Depends(get_session),
    current_user: User = Depends(get_current_user),
):
    post = session.get(Post, post_id)
    if not post:
        raise HTTPException(status_code=404, detail="Post not found")
    for key, value in post_data.items():
        setattr(post, key, value)
    session.add(post)
    session.commit()
    session.refresh(post)
    return post


@app.delete("/posts/{post_id}")
async def delete_post(
    post_id: int,
    session: Session = Depends(get_session),
    current_user: User = Depends(get_current_user),
):
    post = session.get(Post, post_id)
    if not post:
        raise HTTPException(status_code=404, detail="Post not found")
    if post.author_id != current_user.id:
        raise HTTPException(status_code=403, detail="Not allowed")
    session.delete(post)
    session.commit()
    return {"ok": True}


# ---------- comments ----------

@app.get("/posts/{post_id}/comments", response_model=List[Comment])
async def get_comments(post_id: int, session: Session = Depends(get_session)):
    comments = session.exec(select(Comment).where(Comment.post_id == post_id)).all()
    return comments


@app.post("/posts/{post_id}/comments", response_model=Comment, status_code=201)
async def create_comment(
    post_id: int,
    comment: CommentCreate,
    session: Session = Depends(get_session),
    current_user: User = Depends(get_current_user),
):
    db_comment = Comment(content=comment.content, post_id=post_id, author_id=current_user.id)
    session.add(db_comment)
    session.commit()
    session.refresh(db_comment)
    return db_comment
