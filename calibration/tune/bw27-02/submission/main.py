from fastapi import FastAPI, HTTPException, Depends, Request
from fastapi.middleware.cors import CORSMiddleware
from fastapi.security import OAuth2PasswordBearer, OAuth2PasswordRequestForm
from pydantic import BaseModel
from datetime import datetime
import sqlite3
import hashlib
import uuid

app = FastAPI(title="Blog API")

# so the react app on localhost:3000 can talk to us
app.add_middleware(
    CORSMiddleware,
    allow_origins=["*"],
    allow_credentials=True,
    allow_methods=["*"],
    allow_headers=["*"],
)

oauth2_scheme = OAuth2PasswordBearer(tokenUrl="login")

DB_FILE = "blog.db"


def getDb():
    conn = sqlite3.connect(DB_FILE)
    conn.row_factory = sqlite3.Row
    return conn


def initDb():
    conn = getDb()
    conn.execute("CREATE TABLE IF NOT EXISTS users (id INTEGER PRIMARY KEY AUTOINCREMENT, username TEXT UNIQUE, password TEXT, token TEXT)")
    conn.execute("CREATE TABLE IF NOT EXISTS posts (id INTEGER PRIMARY KEY AUTOINCREMENT, title TEXT, content TEXT, authorId INTEGER, createdAt TEXT)")
    conn.execute("CREATE TABLE IF NOT EXISTS comments (id INTEGER PRIMARY KEY AUTOINCREMENT, postId INTEGER, authorId INTEGER, text TEXT, createdAt TEXT)")
    conn.commit()
    conn.close()


initDb()


class SignupBody(BaseModel):
    username: str
    password: str


class PostBody(BaseModel):
    title: str
    content: str


class CommentBody(BaseModel):
    text: str


def hashPassword(password):
    return hashlib.sha256(password.encode()).hexdigest()


async def getCurrentUser(token: str = Depends(oauth2_scheme)):
    conn = getDb()
    user = conn.execute("SELECT * FROM users WHERE token = ?", (token,)).fetchone()
    conn.close()
    if not user:
        raise HTTPException(status_code=401, detail="Not logged in")
    return dict(user)


@app.post("/signup", status_code=201)
async def signup(body: SignupBody):
    conn = getDb()
    existing = conn.execute("SELECT * FROM users WHERE username = ?", (body.username,)).fetchone()
    if existing:
        conn.close()
        raise HTTPException(status_code=400, detail="Username already exists")
    cur = conn.execute(
        "INSERT INTO users (username, password) VALUES (?, ?)",
        (body.username, hashPassword(body.password)),
    )
    conn.commit()
    newUser = conn.execute("SELECT * FROM users WHERE id = ?", (cur.lastrowid,)).fetchone()
    conn.close()
    return dict(newUser)


@app.post("/login")
async def login(form: OAuth2PasswordRequestForm = Depends()):
    conn = getDb()
    user = conn.execute("SELECT * FROM users WHERE username = ?", (form.username,)).fetchone()
    if not user or user["password"] != hashPassword(form.password):
        conn.close()
        raise HTTPException(status_code=401, detail="Wrong username or password")
    token = str(uuid.uuid4())
    conn.execute("UPDATE users SET token = ? WHERE id = ?", (token, user["id"]))
    conn.commit()
    conn.close()
    return {"access_token": token, "token_type": "bearer"}


# ---------- posts ----------

@app.get("/posts")
async def getPosts(limit: int = 10, offset: int = 0):
    conn = getDb()
    rows = conn.execute("SELECT * FROM posts ORDER BY id DESC LIMIT ? OFFSET ?", (limit, offset)).fetchall()
    posts = []
    for row in rows:
        post = dict(row)
        author = conn.execute("SELECT username FROM users WHERE id = ?", (post["authorId"],)).fetchone()
        post["author"] = author["username"] if author else None
        posts.append(post)
    conn.close()
    return posts


@app.get("/posts/{id}")
async def getPost(id: int):
    conn = getDb()
    post = conn.execute("SELECT * FROM posts WHERE id = ?", (id,)).fetchone()
    conn.close()
    if not post:
        raise HTTPException(status_code=404, detail="Post not found")
    return dict(post)


@app.post("/posts", status_code=201)
async def createPost(body: PostBody, user=Depends(getCurrentUser)):
    conn = getDb()
    cur = conn.execute(
        "INSERT INTO posts (title, content, authorId, createdAt) VALUES (?, ?, ?, ?)",
        (body.title, body.content, user["id"], datetime.now().isoformat()),
    )
    conn.commit()
    post = conn.execute("SELECT * FROM posts WHERE id = ?", (cur.lastrowid,)).fetchone()
    conn.close()
    return dict(post)


@app.put("/posts/{id}")
async def updatePost(id: int, request: Request, user=Depends(getCurrentUser)):
    data = await request.json()
    conn = getDb()
    post = conn.execute("SELECT * FROM posts WHERE id = ?", (id,)).fetchone()
    if not post:
        conn.close()
        raise HTTPException(status_code=404, detail="Post not found")
    if post["authorId"] != user["id"]:
        conn.close()
        raise HTTPException(status_code=403, detail="Not your post")
    title = data.get("title", post["title"])
    content = data.get("content", post["content"])
    conn.execute("UPDATE posts SET title = ?, content = ? WHERE id = ?", (title, content, id))
    conn.commit()
    updated = conn.execute("SELECT * FROM posts WHERE id = ?", (id,)).fetchone()
    conn.close()
    return dict(updated)


@app.delete("/posts/{id}", status_code=204)
async def deletePost(id: int, user=Depends(getCurrentUser)):
    conn = getDb()
    post = conn.execute("SELECT * FROM posts WHERE id = ?", (id,)).fetchone()
    if not post:
        conn.close()
        raise HTTPException(status_code=404, detail="Post not found")
    if post["authorId"] != user["id"]:
        conn.close()
        raise HTTPException(status_code=403, detail="Not your post")
    conn.execute("DELETE FROM comments WHERE postId = ?", (id,))
    conn.execute("DELETE FROM posts WHERE id = ?", (id,))
    conn.commit()
    conn.close()


# ---------- comments ----------

@app.get("/posts/{id}/comments")
async def getComments(id: int):
    conn = getDb()
    rows = conn.execute("SELECT * FROM comments WHERE postId = ?", (id,)).fetchall()
    conn.close()
    return [dict(r) for r in rows]


@app.post("/posts/{id}/comments", status_code=201)
async def addComment(id: int, body: CommentBody, user=Depends(getCurrentUser)):
    conn = getDb()
    post = conn.execute("SELECT * FROM posts WHERE id = ?", (id,)).fetchone()
    if not post:
        conn.close()
        raise HTTPException(status_code=404, detail="Post not found")
    cur = conn.execute(
        "INSERT INTO comments (postId, authorId, text, createdAt) VALUES (?, ?, ?, ?)",
        (id, user["id"], body.text, datetime.now().isoformat()),
    )
    conn.commit()
    comment = conn.execute("SELECT * FROM comments WHERE id = ?", (cur.lastrowid,)).fetchone()
    conn.close()
    return dict(comment)
