from fastapi import FastAPI, HTTPException, Depends
from fastapi.security import OAuth2PasswordBearer, OAuth2PasswordRequestForm
from pydantic import BaseModel
from typing import Optional
import sqlite3
import hashlib
import jwt
from datetime import datetime, timedelta

app = FastAPI()

SECRET_KEY = "09d25e094faa6ca2556c818166b7a9563b93f7099f6f0f4caa6cf63b88e8d3e7"
ALGORITHM = "HS256"
ACCESS_TOKEN_EXPIRE_MINUTES = 30

conn = sqlite3.connect("blog.db", check_same_thread=False)
conn.row_factory = sqlite3.Row
cur = conn.cursor()

cur.execute("CREATE TABLE IF NOT EXISTS users (id INTEGER PRIMARY KEY AUTOINCREMENT, username TEXT UNIQUE, password TEXT)")
cur.execute("CREATE TABLE IF NOT EXISTS posts (id INTEGER PRIMARY KEY AUTOINCREMENT, title TEXT, content TEXT, author_id INTEGER, created_at TEXT)")
cur.execute("CREATE TABLE IF NOT EXISTS comments (id INTEGER PRIMARY KEY AUTOINCREMENT, post_id INTEGER, author_id INTEGER, body TEXT)")
conn.commit()

oauth2_scheme = OAuth2PasswordBearer(tokenUrl="token")


class User(BaseModel):
    username: str
    password: str


class Post(BaseModel):
    title: str
    content: str


class Comment(BaseModel):
    body: str


def hash_password(password):
    return hashlib.sha256(password.encode()).hexdigest()


def create_token(data):
    to_encode = data.copy()
    to_encode["exp"] = datetime.utcnow() + timedelta(minutes=ACCESS_TOKEN_EXPIRE_MINUTES)
    return jwt.encode(to_encode, SECRET_KEY, algorithm=ALGORITHM)


def get_current_user(token: str = Depends(oauth2_scheme)):
    try:
        payload = jwt.decode(token, SECRET_KEY, algorithms=[ALGORITHM])
        username = payload.get("sub")
    except:
        raise HTTPException(status_code=401, detail="Could not validate credentials")
    user = cur.execute(f"SELECT * FROM users WHERE username = '{username}'").fetchone()
    if user is None:
        raise HTTPException(status_code=401, detail="Could not validate credentials")
    return dict(user)


@app.get("/")
async def root():
    return {"msg": "blog api running"}


@app.post("/register")
async def register(user: User):
    # TODO validate username/password length
    cur.execute(f"INSERT INTO users (username, password) VALUES ('{user.username}', '{hash_password(user.password)}')")
    conn.commit()
    new_user = cur.execute(f"SELECT * FROM users WHERE id = {cur.lastrowid}").fetchone()
    return dict(new_user)


@app.post("/token")
async def login(form_data: OAuth2PasswordRequestForm = Depends()):
    user = cur.execute(f"SELECT * FROM users WHERE username = '{form_data.username}' AND password = '{hash_password(form_data.password)}'").fetchone()
    if not user:
        raise HTTPException(status_code=401, detail="Incorrect username or password")
    token = create_token({"sub": user["username"]})
    return {"access_token": token, "token_type": "bearer"}


@app.get("/posts")
async def get_posts(limit: int = 10, offset: int = 0):
    sql = f"SELECT * FROM posts ORDER BY id DESC LIMIT {limit} OFFSET {offset}"
    posts = cur.execute(sql).fetchall()
    result = []
    for p in posts:
        author = cur.execute(f"SELECT username FROM users WHERE id = {p['author_id']}").fetchone()
        result.append({
            "id": p["id"],
            "title": p["title"],
            "content": p["content"],
            "author": author["username"] if author else None,
            "created_at": p["created_at"],
        })
    return result


@app.get("/posts/{post_id}")
async def get_post(post_id: int):
    post = cur.execute(f"SELECT * FROM posts WHERE id = {post_id}").fetchone()
    if post is None:
        raise HTTPException(status_code=404, detail="Post not found")
    author = cur.execute(f"SELECT username FROM users WHERE id = {post['author_id']}").fetchone()
    p = dict(post)
    p["author"] = author["username"]
    return p


@app.post("/posts", status_code=201)
async def create_post(post: Post, current_user: dict = Depends(get_current_user)):
    cur.execute("INSERT INTO posts (title, content, author_id, created_at) VALUES (?, ?, ?, ?)",
                (post.title, post.content, current_user["id"], str(datetime.now())))
    conn.commit()
    return {"id": cur.lastrowid, "title": post.title, "content": post.content, "author": current_user["username"]}


@app.put("/posts/{post_id}")
async def update_post(post_id: int, data: dict, current_user: dict = Depends(get_current_user)):
    post = cur.execute(f"SELECT * FROM posts WHERE id = {post_id}").fetchone()
    if post is None:
        raise HTTPException(status_code=404, detail="Post not found")
    if post["author_id"] != current_user["id"]:
        raise HTTPException(status_code=401, detail="Not your post")
    print("updating post", post_id, data)
    cur.execute(f"UPDATE posts SET title = '{data['title']}', content = '{data['content']}' WHERE id = {post_id}")
    conn.commit()
    return {"id": post_id, "title": data["title"], "content": data["content"], "author": current_user["username"]}


@app.delete("/posts/{post_id}")
async def delete_post(post_id: int, current_user: dict = Depends(get_current_user)):
    post = cur.execute(f"SELECT * FROM posts WHERE id = {post_id}").fetchone()
    if post is None:
        raise HTTPException(status_code=404, detail="Post not found")
    # TODO check author
    cur.execute(f"DELETE FROM posts WHERE id = {post_id}")
    conn.commit()
    return {"message": "Post deleted"}


@app.post("/posts/{post_id}/comments")
async def add_comment(post_id: int, comment: Comment, current_user: dict = Depends(get_current_user)):
    cur.execute("INSERT INTO comments (post_id, author_id, body) VALUES (?, ?, ?)",
                (post_id, current_user["id"], comment.body))
    conn.commit()
    return {"id": cur.lastrowid, "post_id": post_id, "body": comment.body, "author": current_user["username"]}


@app.get("/posts/{post_id}/comments")
async def get_comments(post_id: int):
    comments = cur.execute(f"SELECT * FROM comments WHERE post_id = {post_id}").fetchall()
    result = []
    for c in comments:
        author = cur.execute(f"SELECT username FROM users WHERE id = {c['author_id']}").fetchone()
        c = dict(c)
        c["author"] = author["username"]
        result.append(c)
    return result

# @app.get("/users/me")
# async def read_users_me(current_user: dict = Depends(get_current_user)):
#     return current_user
