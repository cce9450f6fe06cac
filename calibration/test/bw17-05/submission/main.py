from fastapi import Depends, FastAPI, HTTPException, Response
from fastapi.middleware.cors import CORSMiddleware
from fastapi.security import OAuth2PasswordRequestForm
from sqlmodel import Session, select

from auth import create_access_token, get_current_user, hash_password, verify_password
from db import create_db_and_tables, get_session
from models import (
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
    now,
)

app = FastAPI(title="Blog API")

# TODO: restrict to the frontend domain once we have one
app.add_middleware(
    CORSMiddleware,
    allow_origins=["*"],
    allow_credentials=True,
    allow_methods=["*"],
    allow_headers=["*"],
)

create_db_and_tables()


def to_post_read(post: Post) -> PostRead:
    return PostRead(
        id=post.id,
        title=post.title,
        content=post.content,
        author=post.author.username,
        comment_count=len(post.comments),
        created_at=post.created_at,
        updated_at=post.updated_at,
    )


# ---- auth ----

@app.post("/signup", response_model=User, status_code=201)
async def signup(data: UserCreate, session: Session = Depends(get_session)):
    # TODO: nicer error for duplicate usernames
    user = User(username=data.username, hashed_password=hash_password(data.password))
    session.add(user)
    session.commit()
    session.refresh(user)
    return user


@app.post("/token", response_model=Token)
async def login(form: OAuth2PasswordRequestForm = Depends(), session: Session = Depends(get_session)):
    user = session.exec(select(User).where(User.username == form.username)).first()
    if not user or not verify_password(form.password, user.hashed_password):
        raise HTTPException(status_code=401, detail="Incorrect username or password")
    return Token(access_token=create_access_token(user.username), token_type="bearer")


# ---- posts ----

@app.get("/posts", response_model=list[PostRead])
async def list_posts(offset: int = 0, limit: int = 100, session: Session = Depends(get_session)):
    # TODO: cap limit
    posts = session.exec(select(Post).order_by(Post.created_at.desc()).offset(offset).limit(limit)).all()
    return [to_post_read(p) for p in posts]


@app.get("/posts/{post_id}", response_model=PostRead)
async def get_post(post_id: int, session: Session = Depends(get_session)):
    post = session.get(Post, post_id)
    if not post:
        raise HTTPException(status_code=404, detail="Post not found")
    return to_post_read(post)


@app.post("/posts", response_model=PostRead, status_code=201)
async def create_post(
    data: PostCreate,
    user: User = Depends(get_current_user),
    session: Session = Depends(get_session),
):
    post = Post(title=data.title, content=data.content, author_id=user.id)
    session.add(post)
    session.commit()
    session.refresh(post)
    return to_post_read(post)


@app.put("/posts/{post_id}", response_model=PostRead)
async def update_post(
    post_id: int,
    data: PostUpdate,
    user: User = Depends(get_current_user),
    session: Session = Depends(get_session),
):
    post = session.get(Post, post_id)
    if not post:
        raise HTTPException(status_code=404, detail="Post not found")
    if post.author_id != user.id:
        raise HTTPException(status_code=403, detail="Not your post")
    if data.title is not None:
        post.title = data.title
    if data.content is not None:
        post.content = data.content
    post.updated_at = now()
    session.add(post)
    session.commit()
    session.refresh(post)
    return to_post_read(post)


@app.delete("/posts/{post_id}", status_code=204)
async def delete_post(
    post_id: int,
    user: User = Depends(get_current_user),
    session: Session = Depends(get_session),
):
    post = session.get(Post, post_id)
    if not post:
        raise HTTPException(status_code=404, detail="Post not found")
    if post.author_id != user.id:
        raise HTTPException(status_code=403, detail="Not your post")
    session.delete(post)
    session.commit()
    return Response(status_code=204)


# ---- comments ----

@app.get("/posts/{post_id}/comments", response_model=list[CommentRead])
async def list_comments(post_id: int, session: Session = Depends(get_session)):
    post = session.get(Post, post_id)
    if not post:
        raise HTTPException(status_code=404, detail="Post not found")
    return [
        CommentRead(id=c.id, post_id=c.post_id, author=c.author.username, body=c.body, created_at=c.created_at)
        for c in post.comments
    ]


@app.post("/posts/{post_id}/comments", response_model=CommentRead, status_code=201)
async def add_comment(
    post_id: int,
    data: CommentCreate,
    user: User = Depends(get_current_user),
    session: Session = Depends(get_session),
):
    post = session.get(Post, post_id)
    if not post:
        raise HTTPException(status_code=404, detail="Post not found")
    comment = Comment(body=data.body, post_id=post.id, author_id=user.id)
    session.add(comment)
    session.commit()
    session.refresh(comment)
    return CommentRead(
        id=comment.id, post_id=comment.post_id, author=user.username, body=comment.body, created_at=comment.created_at
    )
