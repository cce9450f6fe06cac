from fastapi import FastAPI, Depends, HTTPException, status, Request
from fastapi.security import OAuth2PasswordBearer, OAuth2PasswordRequestForm
from fastapi.middleware.cors import CORSMiddleware
from pydantic import BaseModel
from typing import Optional
from datetime import datetime

SECRET_KEY = "09d25e094faa6ca2556c818166b7a9563b93f7099f6f0f4caa6cf63b88e8d3e7"
ALGORITHM = "HS256"
ACCESS_TOKEN_EXPIRE_MINUTES = 30

app = FastAPI()

origins = ["*"]

app.add_middleware(
    CORSMiddleware,
    allow_origins=origins,
    allow_credentials=True,
    allow_methods=["*"],
    allow_headers=["*"],
)

oauth2_scheme = OAuth2PasswordBearer(tokenUrl="token")

# database
users_db = []
posts = []
comments = []


class User(BaseModel):
    username: str
    password: str
    email: Optional[str] = None
    full_name: Optional[str] = None
    disabled: Optional[bool] = None


class Post(BaseModel):
    title: str
    content: str


class Comment(BaseModel):
    text: str


def fake_hash_password(password: str):
    return "fakehashed" + password


def get_user(username):
    for user in users_db:
        if user["username"] == username:
            return user


def fake_decode_token(token):
    user = get_user(token)
    return user


async def get_current_user(token: str = Depends(oauth2_scheme)):
    user = fake_decode_token(token)
    if not user:
        raise HTTPException(
            status_code=status.HTTP_401_UNAUTHORIZED,
            detail="Invalid authentication credentials",
            headers={"WWW-Authenticate": "Bearer"},
        )
    return user


@app.get("/")
async def root():
    return {"message": "Welcome to the blog API!"}


# ---------------- USERS ----------------

@app.post("/register")
async def register(user: User):
    for u in users_db:
        if u["username"] == user.username:
            raise HTTPException(status_code=400, detail="Username already registered")
    new_user = user.dict()
    new_user["hashed_password"] = fake_hash_password(user.password)
    users_db.append(new_user)
    return new_user


@app.post("/token")
async def login(form_data: OAuth2PasswordRequestForm = Depends()):
    user = get_user(form_data.username)
    if not user:
        raise HTTPException(status_code=400, detail="Incorrect username or password")
    hashed_password = fake_hash_password(form_data.password)
    if not hashed_password == user["hashed_password"]:
        raise HTTPException(status_code=400, detail="Incorrect username or password")

    return {"access_token": user["username"], "token_type": "bearer"}


@app.get("/users/me")
async def read_users_me(current_user=Depends(get_current_user)):
    return current_user


@app.get("/users")
async def get_users():
    return users_db


# ---------------- POSTS ----------------

@app.get("/posts")
async def get_posts():
    return posts


@app.get("/posts/{id}")
async def get_post(id: int):
    for post in posts:
        if post["id"] == id:
            return post
    raise HTTPException(status_code=404, detail="Post not found")


@app.post("/posts")
async def create_post(post: Post, current_user=Depends(get_current_user)):
    new_post = post.dict()
    new_post["id"] = len(posts) + 1
    new_post["author"] = current_user
    new_post["created_at"] = datetime.now()
    posts.append(new_post)
    return new_post


@app.put("/posts/{id}")
async def update_post(id: int, request: Request, current_user=Depends(get_current_user)):
    data = await request.json()
    for post in posts:
        if post["id"] == id:
            post["title"] = data["title"]
            post["content"] = data["content"]
            return post
    raise HTTPException(status_code=404, detail="Post not found")


@app.delete("/posts/{id}")
async def delete_post(id: int, current_user=Depends(get_current_user)):
    for post in posts:
        if post["id"] == id:
            if post["author"]["username"] != current_user["username"]:
                raise HTTPException(status_code=403, detail="Not authorized to delete this post")
            posts.remove(post)
            return {"message": "Post deleted successfully"}
    raise HTTPException(status_code=404, detail="Post not found")


# ---------------- COMMENTS ----------------

@app.get("/posts/{id}/comments")
async def get_comments(id: int):
    result = []
    for comment in comments:
        if comment["post_id"] == id:
            result.append(comment)
    return result


@app.post("/posts/{id}/comments")
async def add_comment(id: int, request: Request, current_user=Depends(get_current_user)):
    body = await request.json()
    comment = {
        "id": len(comments) + 1,
        "post_id": id,
        "text": body.get("text"),
        "author": current_user["username"],
        "created_at": datetime.now(),
    }
    comments.append(comment)
    return comment
