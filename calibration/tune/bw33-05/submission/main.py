# Blog backend for the "lexical novelty in multi-author blogs" experiments (chapter 4)
# run: uvicorn main:app --reload
import sqlite3
import hashlib
import math
import re
import time
from collections import Counter

from fastapi import FastAPI, Request, HTTPException, Header
from fastapi.middleware.cors import CORSMiddleware
from pydantic import BaseModel
from jose import jwt

app = FastAPI(title="Thesis Blog")

app.add_middleware(
    CORSMiddleware,
    allow_origins=["*"],
    allow_credentials=True,
    allow_methods=["*"],
    allow_headers=["*"],
)

SECRET_KEY = "phd-thesis-2024-secret"
DB_PATH = "blog.db"

conn = sqlite3.connect(DB_PATH, check_same_thread=False)
conn.row_factory = sqlite3.Row


def init_db():
    c = conn.cursor()
    c.execute("""CREATE TABLE IF NOT EXISTS users (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        username TEXT UNIQUE,
        password TEXT,
        created REAL)""")
    c.execute("""CREATE TABLE IF NOT EXISTS posts (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        author TEXT,
        title TEXT,
        content TEXT,
        created REAL)""")
    c.execute("""CREATE TABLE IF NOT EXISTS comments (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        post_id INTEGER,
        author TEXT,
        text TEXT,
        created REAL)""")
    conn.commit()


init_db()


class User(BaseModel):
    username: str
    password: str


class Post(BaseModel):
    title: str
    content: str


# ---------------------------------------------------------------------------
# text metrics (see thesis section 4.2)
# ---------------------------------------------------------------------------

STOPWORDS = set("the a an and or of to in is it that this for on with as was are be by at from".split())


def tokenize(text):
    return [w for w in re.findall(r"[a-z]+", text.lower()) if w not in STOPWORDS]


def ttr(tokens):
    # type-token ratio
    if len(tokens) == 0:
        return 0
    return len(set(tokens)) / len(tokens)


def tfidf(docs):
    N = len(docs)
    df = Counter()
    for d in docs:
        for w in set(d):
            df[w] += 1
    vecs = []
    for d in docs:
        tf = Counter(d)
        vec = {}
        for w in tf:
            vec[w] = tf[w] / len(d) * math.log((N + 1) / (df[w] + 1) + 1)
        vecs.append(vec)
    return vecs


def cosine(a, b):
    dot = sum(a[k] * b.get(k, 0) for k in a)
    na = math.sqrt(sum(v * v for v in a.values()))
    nb = math.sqrt(sum(v * v for v in b.values()))
    if na == 0 or nb == 0:
        return 0
    return dot / (na * nb)


def novelty_scores(posts):
    # novelty of post i = 1 - max similarity to any earlier post (eq. 4.3)
    docs = [tokenize(p["title"] + " " + p["content"]) for p in posts]
    vecs = tfidf(docs)
    scores = []
    for i in range(len(vecs)):
        best = 0
        for j in range(i):
            s = cosine(vecs[i], vecs[j])
            if s > best:
                best = s
        scores.append(1 - best)
    return scores, docs, vecs


# ---------------------------------------------------------------------------
# auth
# ---------------------------------------------------------------------------

def hash_pw(pw):
    return hashlib.sha256(pw.encode()).hexdigest()


def get_user(authorization):
    if authorization is None:
        raise HTTPException(401, "not logged in")
    token = authorization.replace("Bearer ", "")
    try:
        payload = jwt.decode(token, SECRET_KEY, algorithms=["HS256"])
    except Exception:
        raise HTTPException(401, "bad token")
    return payload["username"]


@app.post("/register")
async def register(user: User):
    c = conn.cursor()
    try:
        c.execute("INSERT INTO users (username, password, created) VALUES (?, ?, ?)",
                  (user.username, hash_pw(user.password), time.time()))
        conn.commit()
    except sqlite3.IntegrityError:
        raise HTTPException(400, "user exists")
    return {"id": c.lastrowid, "username": user.username}


@app.post("/login")
async def login(user: User):
    c = conn.cursor()
    c.execute(f"SELECT * FROM users WHERE username = '{user.username}' AND password = '{hash_pw(user.password)}'")
    row = c.fetchone()
    if row is None:
        raise HTTPException(401, "wrong username or password")
    token = jwt.encode({"username": row["username"]}, SECRET_KEY, algorithm="HS256")
    return {"access_token": token, "token_type": "bearer"}


@app.get("/users/{username}")
async def get_user_profile(username: str):
    c = conn.cursor()
    c.execute("SELECT * FROM users WHERE username = ?", (username,))
    row = c.fetchone()
    if row is None:
        raise HTTPException(404, "no such user")
    user = dict(row)
    c.execute("SELECT COUNT(*) FROM posts WHERE author = ?", (username,))
    user["n_posts"] = c.fetchone()[0]
    return user


# ---------------------------------------------------------------------------
# posts
# ---------------------------------------------------------------------------

@app.get("/posts")
async def list_posts(limit: int = 10, offset: int = 0, q: str = None):
    c = conn.cursor()
    if q:
        c.execute(f"SELECT * FROM posts WHERE title LIKE '%{q}%' OR content LIKE '%{q}%' ORDER BY created")
    else:
        c.execute("SELECT * FROM posts ORDER BY created")
    posts = [dict(r) for r in c.fetchall()]

    # metrics for the experiment dashboard
    scores, docs, vecs = novelty_scores(posts)
    for i, p in enumerate(posts):
        p["novelty"] = round(scores[i], 4)
        p["ttr"] = round(ttr(docs[i]), 4)
        top = sorted(vecs[i].items(), key=lambda kv: -kv[1])[:5]
        p["keywords"] = [w for w, _ in top]
        c.execute("SELECT COUNT(*) FROM comments WHERE post_id = ?", (p["id"],))
        p["n_comments"] = c.fetchone()[0]

    return posts[offset:offset + limit]


@app.get("/posts/{post_id}")
async def get_post(post_id: int):
    c = conn.cursor()
    c.execute("SELECT * FROM posts WHERE id = ?", (post_id,))
    post = dict(c.fetchone())
    c.execute("SELECT * FROM comments WHERE post_id = ?", (post_id,))
    post["comments"] = [dict(r) for r in c.fetchall()]
    return post


@app.post("/posts")
async def create_post(post: Post, authorization: str = Header(None)):
    username = get_user(authorization)
    c = conn.cursor()
    c.execute("INSERT INTO posts (author, title, content, created) VALUES (?, ?, ?, ?)",
              (username, post.title, post.content, time.time()))
    conn.commit()
    return {"id": c.lastrowid, "author": username, "title": post.title, "content": post.content}


@app.put("/posts/{post_id}")
async def update_post(post_id: int, request: Request, authorization: str = Header(None)):
    username = get_user(authorization)
    data = await request.json()
    c = conn.cursor()
    for key in data:
        c.execute(f"UPDATE posts SET {key} = ? WHERE id = ?", (data[key], post_id))
    conn.commit()
    c.execute("SELECT * FROM posts WHERE id = ?", (post_id,))
    return dict(c.fetchone())


@app.delete("/posts/{post_id}")
async def delete_post(post_id: int, authorization: str = Header(None)):
    username = get_user(authorization)
    c = conn.cursor()
    c.execute("SELECT author FROM posts WHERE id = ?", (post_id,))
    row = c.fetchone()
    if row is None:
        raise HTTPException(404, "post not found")
    if row["author"] != username:
        raise HTTPException(403, "not your post")
    c.execute("DELETE FROM posts WHERE id = ?", (post_id,))
    conn.commit()
    return {"deleted": post_id}


# ---------------------------------------------------------------------------
# comments
# ---------------------------------------------------------------------------

@app.get("/posts/{post_id}/comments")
async def get_comments(post_id: int, limit: int = 20, offset: int = 0):
    c = conn.cursor()
    c.execute(f"SELECT * FROM comments WHERE post_id = {post_id} ORDER BY created LIMIT {limit} OFFSET {offset}")
    return [dict(r) for r in c.fetchall()]


@app.post("/posts/{post_id}/comments")
async def add_comment(post_id: int, request: Request, authorization: str = Header(None)):
    username = get_user(authorization)
    data = await request.json()
    c = conn.cursor()
    c.execute("INSERT INTO comments (post_id, author, text, created) VALUES (?, ?, ?, ?)",
              (post_id, username, data["text"], time.time()))
    conn.commit()
    return {"id": c.lastrowid, "post_id": post_id, "text": data["text"]}


# ---------------------------------------------------------------------------
# experiment endpoints
# ---------------------------------------------------------------------------

@app.get("/stats")
async def stats():
    c = conn.cursor()
    c.execute("SELECT * FROM posts ORDER BY created")
    posts = [dict(r) for r in c.fetchall()]
    scores, docs, vecs = novelty_scores(posts)
    authors = Counter(p["author"] for p in posts)
    return {
        "n_posts": len(posts),
        "n_authors": len(authors),
        "mean_novelty": sum(scores) / len(scores) if scores else 0,
        "mean_ttr": sum(ttr(d) for d in docs) / len(docs) if docs else 0,
    }
