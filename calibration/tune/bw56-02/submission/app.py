import os
import secrets
from datetime import datetime, timezone

import bcrypt
import redis
from fastapi import Depends, FastAPI, HTTPException, Query, Response
from fastapi.security import OAuth2PasswordBearer, OAuth2PasswordRequestForm
from pydantic import BaseModel, Field

REDIS_URL = os.environ.get("REDIS_URL", "redis://localhost:6379/0")
TOKEN_TTL = 60 * 60 * 24  # one day

r = redis.Redis.from_url(REDIS_URL, decode_responses=True)

app = FastAPI(title="Blog API", version="0.1.0")
oauth2 = OAuth2PasswordBearer(tokenUrl="/login")


# --- models ---

class SignupIn(BaseModel):
    username: str = Field(min_length=3, max_length=30, pattern=r"^[A-Za-z0-9_]+$")
    password: str = Field(min_length=8, max_length=72)


class UserOut(BaseModel):
    id: int
    username: str


class TokenOut(BaseModel):
    access_token: str
    token_type: str = "bearer"


class PostIn(BaseModel):
    title: str = Field(min_length=1, max_length=200)
    body: str = Field(min_length=1, max_length=20000)


class PostPatch(BaseModel):
    title: str | None = Field(None, min_length=1, max_length=200)
    body: str | None = Field(None, min_length=1, max_length=20000)


class PostOut(BaseModel):
    id: int
    title: str
    body: str
    author_id: int
    author: str
    created_at: str
    updated_at: str | None = None


class CommentIn(BaseModel):
    body: str = Field(min_length=1, max_length=2000)


class CommentOut(BaseModel):
    id: int
    post_id: int
    author_id: int
    author: str
    body: str
    created_at: str


# --- helpers ---

def now():
    return datetime.now(timezone.utc).isoformat()


def load_post(post_id: int) -> dict:
    post = r.hgetall(f"post:{post_id}")
    if not post:
        raise HTTPException(status_code=404, detail="post not found")
    return post


def current_user(token: str = Depends(oauth2)) -> dict:
    user_id = r.get(f"token:{token}")
    if user_id is None:
        raise HTTPException(
            status_code=401,
            detail="invalid or expired token",
            headers={"WWW-Authenticate": "Bearer"},
        )
    return {"id": int(user_id), "username": r.hget(f"user:{user_id}", "username")}


def must_own(post: dict, user: dict):
    if int(post["author_id"]) != user["id"]:
        raise HTTPException(status_code=403, detail="you can only change your own posts")


# --- routes ---

@app.get("/")
async def index():
    return {"app": "blog", "status": "ok"}


@app.post("/signup", status_code=201, response_model=UserOut)
async def signup(data: SignupIn):
    user_id = r.incr("users:next_id")
    if not r.set(f"username:{data.username.lower()}", user_id, nx=True):
        raise HTTPException(status_code=409, detail="username already taken")
    digest = bcrypt.hashpw(data.password.encode(), bcrypt.gensalt()).decode()
    r.hset(
        f"user:{user_id}",
        mapping={"id": user_id, "username": data.username, "password_digest": digest, "created_at": now()},
    )
    return {"id": user_id, "username": data.username}


@app.post("/login", response_model=TokenOut)
async def login(form: OAuth2PasswordRequestForm = Depends()):
    user_id = r.get(f"username:{form.username.lower()}")
    digest = r.hget(f"user:{user_id}", "password_digest") if user_id else None
    if not digest or not bcrypt.checkpw(form.password.encode(), digest.encode()):
        raise HTTPException(status_code=401, detail="bad username or password")
    token = secrets.token_urlsafe(32)
    r.setex(f"token:{token}", TOKEN_TTL, user_id)
    return {"access_token": token, "token_type": "bearer"}


@app.get("/posts", response_model=list[PostOut])
async def list_posts(limit: int = Query(10, ge=1, le=50), offset: int = Query(0, ge=0)):
    ids = r.zrevrange("posts", offset, offset + limit - 1)
    posts = []
    for post_id in ids:
        posts.append(r.hgetall(f"post:{post_id}"))
    return posts


@app.post("/posts", status_code=201, response_model=PostOut)
async def create_post(data: PostIn, user: dict = Depends(current_user)):
    post_id = r.incr("posts:next_id")
    post = {
        "id": post_id,
        "title": data.title,
        "body": data.body,
        "author_id": user["id"],
        "author": user["username"],
        "created_at": now(),
    }
    r.hset(f"post:{post_id}", mapping=post)
    r.zadd("posts", {post_id: post_id})
    return post


@app.get("/posts/{post_id}", response_model=PostOut)
async def show_post(post_id: int):
    return load_post(post_id)


@app.patch("/posts/{post_id}", response_model=PostOut)
async def update_post(post_id: int, data: PostPatch, user: dict = Depends(current_user)):
    post = load_post(post_id)
    must_own(post, user)
    changes = data.model_dump(exclude_none=True)
    if changes:
        changes["updated_at"] = now()
        r.hset(f"post:{post_id}", mapping=changes)
        post.update(changes)
    return post


@app.delete("/posts/{post_id}", status_code=204)
async def delete_post(post_id: int, user: dict = Depends(current_user)):
    post = load_post(post_id)
    must_own(post, user)
    comment_ids = r.lrange(f"post:{post_id}:comments", 0, -1)
    pipe = r.pipeline()
    for comment_id in comment_ids:
        pipe.delete(f"comment:{comment_id}")
    pipe.delete(f"post:{post_id}", f"post:{post_id}:comments")
    pipe.zrem("posts", post_id)
    pipe.execute()
    return Response(status_code=204)


@app.get("/posts/{post_id}/comments", response_model=list[CommentOut])
async def list_comments(post_id: int, limit: int = Query(20, ge=1, le=50), offset: int = Query(0, ge=0)):
    load_post(post_id)
    ids = r.lrange(f"post:{post_id}:comments", offset, offset + limit - 1)
    return [r.hgetall(f"comment:{comment_id}") for comment_id in ids]


@app.post("/posts/{post_id}/comments", status_code=201, response_model=CommentOut)
async def create_comment(post_id: int, data: CommentIn, user: dict = Depends(current_user)):
    load_post(post_id)
    comment_id = r.incr("comments:next_id")
    comment = {
        "id": comment_id,
        "post_id": post_id,
        "author_id": user["id"],
        "author": user["username"],
        "body": data.body,
        "created_at": now(),
    }
    r.hset(f"comment:{comment_id}", mapping=comment)
    r.rpush(f"post:{post_id}:comments", comment_id)
    return comment
