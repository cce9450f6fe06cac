"""
✍️  Inkwell: a tiny multi-author blog API.
Run:  uvicorn main:app --reload   then open http://localhost:8000
"""
import math
import random
from datetime import datetime, timedelta
from typing import Optional

import bcrypt
from fastapi import Depends, FastAPI, HTTPException
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import HTMLResponse
from fastapi.security import OAuth2PasswordBearer, OAuth2PasswordRequestForm
from jose import JWTError, jwt
from sqlmodel import Field, Session, SQLModel, col, create_engine, func, select

SECRET_KEY = "inkwell-hackathon-secret-2024"
ALGORITHM = "HS256"
TOKEN_TTL_DAYS = 7
AVATARS = ["🦊", "🐼", "🐙", "🦄", "🐸", "🐧", "🦉", "🐳"]

engine = create_engine("sqlite:///inkwell.db", connect_args={"check_same_thread": False})

app = FastAPI(
    title="✍️ Inkwell API",
    description="Multi-author blogging, shipped fast 🚀  Try `POST /demo/seed` first!",
    version="0.4.2",
)

app.add_middleware(
    CORSMiddleware,
    allow_origins=["*"],
    allow_credentials=True,
    allow_methods=["*"],
    allow_headers=["*"],
)


# ---------------- models ----------------


class User(SQLModel, table=True):
    id: Optional[int] = Field(default=None, primary_key=True)
    username: str = Field(index=True, unique=True)
    hashed_password: str
    avatar: str = "🦊"
    created_at: datetime = Field(default_factory=datetime.utcnow)


class Post(SQLModel, table=True):
    id: Optional[int] = Field(default=None, primary_key=True)
    title: str
    content: str
    author_id: int = Field(foreign_key="user.id")
    likes: int = 0
    created_at: datetime = Field(default_factory=datetime.utcnow)
    updated_at: datetime = Field(default_factory=datetime.utcnow)


class Comment(SQLModel, table=True):
    id: Optional[int] = Field(default=None, primary_key=True)
    post_id: int = Field(foreign_key="post.id")
    author_id: int = Field(foreign_key="user.id")
    content: str
    created_at: datetime = Field(default_factory=datetime.utcnow)


class SignupIn(SQLModel):
    username: str
    password: str


class PostIn(SQLModel):
    title: str = Field(min_length=1, max_length=140)
    content: str = Field(min_length=1)


class CommentIn(SQLModel):
    content: str = Field(min_length=1, max_length=1000)


class AuthorOut(SQLModel):
    id: int
    username: str
    avatar: str


class PostCard(SQLModel):
    id: int
    title: str
    content: str
    excerpt: str
    author: AuthorOut
    reading_time_min: int
    likes: int
    comments: int
    created_at: datetime
    updated_at: datetime


SQLModel.metadata.create_all(engine)


# ---------------- auth ----------------

oauth2_scheme = OAuth2PasswordBearer(tokenUrl="/login")


def make_token(user):
    exp = datetime.utcnow() + timedelta(days=TOKEN_TTL_DAYS)
    return jwt.encode({"sub": user.username, "exp": exp}, SECRET_KEY, algorithm=ALGORITHM)


async def current_user(token: str = Depends(oauth2_scheme)) -> User:
    try:
        payload = jwt.decode(token, SECRET_KEY, algorithms=[ALGORITHM])
    except JWTError:
        raise HTTPException(status_code=401, detail="Invalid token 🔒")
    with Session(engine) as session:
        user = session.exec(select(User).where(User.username == payload.get("sub"))).first()
    if not user:
        raise HTTPException(status_code=401, detail="Invalid token 🔒")
    return user


# ---------------- helpers ----------------


def reading_time(text):
    return max(1, math.ceil(len(text.split()) / 200))


def post_card(post, session):
    author = session.get(User, post.author_id)
    n_comments = session.exec(
        select(func.count(Comment.id)).where(Comment.post_id == post.id)
    ).one()
    excerpt = post.content[:140] + ("…" if len(post.content) > 140 else "")
    return PostCard(
        id=post.id,
        title=post.title,
        content=post.content,
        excerpt=excerpt,
        author=AuthorOut(id=author.id, username=author.username, avatar=author.avatar),
        reading_time_min=reading_time(post.content),
        likes=post.likes,
        comments=n_comments,
        created_at=post.created_at,
        updated_at=post.updated_at,
    )


# ---------------- routes ----------------

LANDING = """<!doctype html>
<html><head><meta charset="utf-8"><title>Inkwell</title>
<style>body{font-family:system-ui;max-width:640px;margin:4rem auto;line-height:1.6}
a.btn{background:#111;color:#fff;padding:.6rem 1rem;border-radius:8px;text-decoration:none}</style>
</head><body>
<h1>✍️ Inkwell</h1>
<p>A multi-author blog API. Sign up, write, comment, like. That's it.</p>
<p><a class="btn" href="/docs">Open the API playground →</a></p>
</body></html>"""


@app.get("/", response_class=HTMLResponse, include_in_schema=False)
async def landing():
    return LANDING


@app.post("/signup", status_code=201, tags=["👤 auth"], summary="Create an account")
async def signup(data: SignupIn):
    with Session(engine) as session:
        existing = session.exec(select(User).where(User.username == data.username)).first()
        if existing:
            raise HTTPException(status_code=400, detail="Username taken 😬")
        hashed = bcrypt.hashpw(data.password.encode(), bcrypt.gensalt())
        user = User(
            username=data.username,
            hashed_password=hashed.decode(),
            avatar=random.choice(AVATARS),
        )
        session.add(user)
        session.commit()
        session.refresh(user)
        return {"id": user.id, "username": user.username, "avatar": user.avatar}


@app.post("/login", tags=["👤 auth"], summary="Get a token (OAuth2 password flow)")
async def login(form: OAuth2PasswordRequestForm = Depends()):
    with Session(engine) as session:
        user = session.exec(select(User).where(User.username == form.username)).first()
    if not user or not bcrypt.checkpw(form.password.encode(), user.hashed_password.encode()):
        raise HTTPException(status_code=401, detail="Wrong username or password")
    return {"access_token": make_token(user), "token_type": "bearer"}


@app.get("/posts", response_model=list[PostCard], tags=["📝 posts"], summary="The feed")
async def list_posts(limit: int = 50, offset: int = 0, q: Optional[str] = None):
    with Session(engine) as session:
        stmt = select(Post).order_by(col(Post.created_at).desc()).offset(offset).limit(limit)
        if q:
            stmt = stmt.where(col(Post.title).contains(q))
        posts = session.exec(stmt).all()
        return [post_card(p, session) for p in posts]


@app.get("/posts/{post_id}", response_model=PostCard, tags=["📝 posts"], summary="Read a post")
async def get_post(post_id: int):
    with Session(engine) as session:
        post = session.get(Post, post_id)
        if not post:
            raise HTTPException(status_code=404, detail="Post not found")
        return post_card(post, session)


@app.post(
    "/posts", status_code=201, response_model=PostCard, tags=["📝 posts"], summary="Publish"
)
async def create_post(data: PostIn, user: User = Depends(current_user)):
    with Session(engine) as session:
        post = Post(title=data.title, content=data.content, author_id=user.id)
        session.add(post)
        session.commit()
        session.refresh(post)
        return post_card(post, session)


@app.put("/posts/{post_id}", response_model=PostCard, tags=["📝 posts"], summary="Edit your post")
async def update_post(post_id: int, data: dict, user: User = Depends(current_user)):
    with Session(engine) as session:
        post = session.get(Post, post_id)
        if not post:
            raise HTTPException(status_code=404, detail="Post not found")
        if post.author_id != user.id:
            raise HTTPException(status_code=403, detail="Not your post 🙅")
        for key, value in data.items():
            setattr(post, key, value)
        post.updated_at = datetime.utcnow()
        session.add(post)
        session.commit()
        session.refresh(post)
        return post_card(post, session)


@app.delete("/posts/{post_id}", status_code=204, tags=["📝 posts"], summary="Delete a post")
async def delete_post(post_id: int, user: User = Depends(current_user)):
    with Session(engine) as session:
        post = session.get(Post, post_id)
        if not post:
            raise HTTPException(status_code=404, detail="Post not found")
        for c in session.exec(select(Comment).where(Comment.post_id == post_id)).all():
            session.delete(c)
        session.delete(post)
        session.commit()


@app.post("/posts/{post_id}/like", tags=["📝 posts"], summary="❤️ Like a post")
async def like_post(post_id: int):
    with Session(engine) as session:
        post = session.get(Post, post_id)
        if not post:
            raise HTTPException(status_code=404, detail="Post not found")
        post.likes += 1
        session.add(post)
        session.commit()
        return {"likes": post.likes}


@app.get("/posts/{post_id}/comments", tags=["💬 comments"], summary="Comments on a post")
async def list_comments(post_id: int):
    with Session(engine) as session:
        comments = session.exec(
            select(Comment).where(Comment.post_id == post_id).order_by(Comment.created_at)
        ).all()
        out = []
        for c in comments:
            author = session.get(User, c.author_id)
            out.append(
                {
                    "id": c.id,
                    "content": c.content,
                    "author": author.username,
                    "avatar": author.avatar,
                    "created_at": c.created_at,
                }
            )
        return out


@app.post(
    "/posts/{post_id}/comments", status_code=201, tags=["💬 comments"], summary="Leave a comment"
)
async def add_comment(post_id: int, data: CommentIn, user: User = Depends(current_user)):
    with Session(engine) as session:
        if not session.get(Post, post_id):
            raise HTTPException(status_code=404, detail="Post not found")
        comment = Comment(post_id=post_id, author_id=user.id, content=data.content)
        session.add(comment)
        session.commit()
        session.refresh(comment)
        return {
            "id": comment.id,
            "post_id": post_id,
            "content": comment.content,
            "author": user.username,
            "avatar": user.avatar,
            "created_at": comment.created_at,
        }


# ---------------- demo ----------------

DEMO_POSTS = [
    ("ada", "Notes on the Analytical Engine", "The engine weaves algebraic patterns " * 40),
    ("linus", "Talk is cheap", "Show me the code. " * 60),
    ("grace", "It's easier to ask forgiveness", "than it is to get permission. " * 30),
]


@app.post("/demo/seed", tags=["🎬 demo"], summary="Fill the DB with demo content")
async def seed():
    created = 0
    with Session(engine) as session:
        for username, title, content in DEMO_POSTS:
            user = session.exec(select(User).where(User.username == username)).first()
            if not user:
                hashed = bcrypt.hashpw(b"demo1234", bcrypt.gensalt()).decode()
                user = User(username=username, hashed_password=hashed, avatar=random.choice(AVATARS))
                session.add(user)
                session.commit()
                session.refresh(user)
            session.add(Post(title=title, content=content.strip(), author_id=user.id))
            created += 1
        session.commit()
    return {"created": created, "login_with": "any of ada/linus/grace, password demo1234"}
