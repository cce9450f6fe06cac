from datetime import datetime

import bcrypt
from fastapi import Depends, FastAPI, HTTPException
from fastapi.middleware.cors import CORSMiddleware

from app.auth import create_token, get_current_user
from app.database import db
from app.models import (
    CommentModel,
    CreateCommentRequest,
    CreatePostRequest,
    LoginRequest,
    PostModel,
    SignUpRequest,
    TokenResponse,
    UserModel,
)

app = FastAPI(title="Blog API")

# so the Flutter web build can call the api
app.add_middleware(
    CORSMiddleware,
    allow_origins=["*"],
    allow_credentials=True,
    allow_methods=["*"],
    allow_headers=["*"],
)


@app.post("/auth/signup", status_code=201)
async def sign_up(request: SignUpRequest):
    if db.find_user_by_username(request.username):
        raise HTTPException(status_code=400, detail="Username already exists")
    hashed = bcrypt.hashpw(request.password.encode(), bcrypt.gensalt())
    user = UserModel(
        id=db.next_user_id(),
        username=request.username,
        password_hash=hashed.decode(),
        created_at=datetime.now(),
    )
    db.users[user.id] = user
    return user.model_dump(by_alias=True)


@app.post("/auth/login", response_model=TokenResponse)
async def login(request: LoginRequest):
    user = db.find_user_by_username(request.username)
    if not user or not bcrypt.checkpw(request.password.encode(), user.password_hash.encode()):
        raise HTTPException(status_code=401, detail="Wrong username or password")
    return TokenResponse(access_token=create_token(user.id))


@app.get("/posts", response_model=list[PostModel])
async def get_posts(limit: int = 10, offset: int = 0):
    posts = sorted(db.posts.values(), key=lambda p: p.created_at, reverse=True)
    return posts[offset : offset + limit]


@app.get("/posts/{post_id}", response_model=PostModel)
async def get_post(post_id: int):
    if post_id not in db.posts:
        raise HTTPException(status_code=404, detail="Post not found")
    return db.posts[post_id]


@app.post("/posts", response_model=PostModel, status_code=201)
async def create_post(request: CreatePostRequest, user: UserModel = Depends(get_current_user)):
    post = PostModel(
        id=db.next_post_id(),
        title=request.title,
        content=request.content,
        author_id=user.id,
        author_name=user.username,
        created_at=datetime.now(),
    )
    db.posts[post.id] = post
    return post


@app.put("/posts/{post_id}", response_model=PostModel)
async def update_post(post_id: int, body: dict, user: UserModel = Depends(get_current_user)):
    if post_id not in db.posts:
        raise HTTPException(status_code=404, detail="Post not found")
    post = db.posts[post_id]
    if post.author_id != user.id:
        raise HTTPException(status_code=403, detail="You can only edit your own posts")
    data = post.model_dump(by_alias=True)
    data.update(body)
    data["updatedAt"] = datetime.now()
    updated = PostModel(**data)
    db.posts[post_id] = updated
    return updated


@app.delete("/posts/{post_id}")
async def delete_post(post_id: int, user: UserModel = Depends(get_current_user)):
    if post_id not in db.posts:
        raise HTTPException(status_code=404, detail="Post not found")
    del db.posts[post_id]
    return {"message": "Post deleted"}


@app.get("/posts/{post_id}/comments", response_model=list[CommentModel])
async def get_comments(post_id: int):
    if post_id not in db.posts:
        raise HTTPException(status_code=404, detail="Post not found")
    comments = [c for c in db.comments.values() if c.post_id == post_id]
    return sorted(comments, key=lambda c: c.created_at)


@app.post("/posts/{post_id}/comments", response_model=CommentModel, status_code=201)
async def add_comment(
    post_id: int, request: CreateCommentRequest, user: UserModel = Depends(get_current_user)
):
    if post_id not in db.posts:
        raise HTTPException(status_code=404, detail="Post not found")
    comment = CommentModel(
        id=db.next_comment_id(),
        post_id=post_id,
        author_id=user.id,
        author_name=user.username,
        text=request.text,
        created_at=datetime.now(),
    )
    db.comments[comment.id] = comment
    return comment
