import datetime
import hashlib
import time

from fastapi import Body, Depends, FastAPI, HTTPException, Request
from fastapi.middleware.cors import CORSMiddleware
from fastapi.security import OAuth2PasswordBearer, OAuth2PasswordRequestForm
from jose import JWTError, jwt

from database import get_connection, init_db
from schemas import (
    CommentRequest,
    CommentResponse,
    PostListResponse,
    PostRequest,
    PostResponse,
    TokenResponse,
    UserRequest,
    UserResponse,
)

# ---------------- config ----------------
SECRET_KEY = "9f1c2e7a4b6d8e0f3a5c7e9b1d3f5a7c"
ALGORITHM = "HS256"
TOKEN_EXPIRE_HOURS = 24
SALT = "blogapi2024"
WORDS_PER_MINUTE = 200

app = FastAPI(title="Blog API", version="0.1")

# so the streamlit dashboard can call the API
app.add_middleware(
    CORSMiddleware,
    allow_origins=["*"],
    allow_methods=["*"],
    allow_headers=["*"],
)

oauth2_scheme = OAuth2PasswordBearer(tokenUrl="token")

conn = get_connection()


@app.on_event("startup")
def startup():
    init_db(conn)
    print("DB ready")


@app.middleware("http")
async def log_latency(request: Request, call_next):
    start = time.time()
    response = await call_next(request)
    print(f"{request.method} {request.url.path} -> {response.status_code} ({(time.time() - start) * 1000:.1f} ms)")
    return response


# ---------------- helpers ----------------
def hash_password(pw):
    return hashlib.sha256((SALT + pw).encode()).hexdigest()


def create_token(username):
    expire = datetime.datetime.utcnow() + datetime.timedelta(hours=TOKEN_EXPIRE_HOURS)
    return jwt.encode({"sub": username, "exp": expire}, SECRET_KEY, algorithm=ALGORITHM)


def add_features(post):
    # derived features for each post
    words = len(post["content"].split())
    post["word_count"] = words
    post["reading_time_min"] = round(words / WORDS_PER_MINUTE, 2)
    return post


def get_current_user(token: str = Depends(oauth2_scheme)):
    try:
        payload = jwt.decode(token, SECRET_KEY, algorithms=[ALGORITHM])
        username = payload.get("sub")
    except JWTError:
        raise HTTPException(status_code=401, detail="Invalid token")
    if username is None:
        raise HTTPException(status_code=401, detail="Invalid token")
    row = conn.execute("SELECT * FROM users WHERE username = ?", (username,)).fetchone()
    if row is None:
        raise HTTPException(status_code=401, detail="User not found")
    return dict(row)


# ---------------- auth ----------------
@app.get("/health")
async def health():
    return {"status": "ok"}


@app.post("/signup", response_model=UserResponse, status_code=201)
async def signup(user: UserRequest):
    existing = conn.execute(f"SELECT id FROM users WHERE username = '{user.username}'").fetchone()
    if existing:
        raise HTTPException(status_code=400, detail="Username already exists")
    cur = conn.execute(
        "INSERT INTO users (username, password) VALUES (?, ?)",
        (user.username, hash_password(user.password)),
    )
    conn.commit()
    return {"id": cur.lastrowid, "username": user.username}


@app.post("/token", response_model=TokenResponse)
async def login(form: OAuth2PasswordRequestForm = Depends()):
    row = conn.execute("SELECT * FROM users WHERE username = ?", (form.username,)).fetchone()
    if row is None or row["password"] != hash_password(form.password):
        raise HTTPException(status_code=401, detail="Wrong username or password")
    return {"access_token": create_token(form.username), "token_type": "bearer"}


# ---------------- posts ----------------
@app.get("/posts", response_model=PostListResponse)
async def list_posts(limit: int = 10, offset: int = 0, author: str = None):
    query = "SELECT * FROM posts"
    if author:
        query += f" WHERE author = '{author}'"
    query += f" ORDER BY id DESC LIMIT {limit} OFFSET {offset}"
    rows = conn.execute(query).fetchall()
    posts = []
    for r in rows:
        p = add_features(dict(r))
        n = conn.execute(f"SELECT COUNT(*) FROM comments WHERE post_id = {p['id']}").fetchone()[0]
        p["n_comments"] = n
        posts.append(p)
    return {"count": len(posts), "posts": posts}


@app.get("/posts/{post_id}", response_model=PostResponse)
async def get_post(post_id: int):
    row = conn.execute("SELECT * FROM posts WHERE id = ?", (post_id,)).fetchone()
    if row is None:
        raise HTTPException(status_code=404, detail="Post not found")
    p = add_features(dict(row))
    p["n_comments"] = conn.execute(
        "SELECT COUNT(*) FROM comments WHERE post_id = ?", (post_id,)
    ).fetchone()[0]
    return p


@app.post("/posts", response_model=PostResponse, status_code=201)
async def create_post(post: PostRequest, user=Depends(get_current_user)):
    now = datetime.datetime.now().isoformat()
    cur = conn.execute(
        "INSERT INTO posts (title, content, author, created_at) VALUES (?, ?, ?, ?)",
        (post.title, post.content, user["username"], now),
    )
    conn.commit()
    new_post = {
        "id": cur.lastrowid,
        "title": post.title,
        "content": post.content,
        "author": user["username"],
        "created_at": now,
        "n_comments": 0,
    }
    return add_features(new_post)


@app.put("/posts/{post_id}", response_model=PostResponse)
async def update_post(post_id: int, updates: dict = Body(...), user=Depends(get_current_user)):
    row = conn.execute("SELECT * FROM posts WHERE id = ?", (post_id,)).fetchone()
    if row is None:
        raise HTTPException(status_code=404, detail="Post not found")
    if row["author"] != user["username"]:
        raise HTTPException(status_code=403, detail="You can only edit your own posts")
    for key, value in updates.items():
        conn.execute(f"UPDATE posts SET {key} = ? WHERE id = ?", (value, post_id))
    conn.commit()
    row = conn.execute("SELECT * FROM posts WHERE id = ?", (post_id,)).fetchone()
    return add_features(dict(row))


@app.delete("/posts/{post_id}")
async def delete_post(post_id: int, user=Depends(get_current_user)):
    row = conn.execute("SELECT * FROM posts WHERE id = ?", (post_id,)).fetchone()
    if row is None:
        raise HTTPException(status_code=404, detail="Post not found")
    conn.execute("DELETE FROM comments WHERE post_id = ?", (post_id,))
    conn.execute("DELETE FROM posts WHERE id = ?", (post_id,))
    conn.commit()
    return {"message": f"Post {post_id} deleted"}


# ---------------- comments ----------------
@app.get("/posts/{post_id}/comments", response_model=list[CommentResponse])
async def get_comments(post_id: int, limit: int = 50, offset: int = 0):
    rows = conn.execute(
        "SELECT * FROM comments WHERE post_id = ? ORDER BY id LIMIT ? OFFSET ?",
        (post_id, limit, offset),
    ).fetchall()
    return [dict(r) for r in rows]


@app.post("/posts/{post_id}/comments", response_model=CommentResponse)
async def add_comment(post_id: int, comment: CommentRequest, user=Depends(get_current_user)):
    post = conn.execute("SELECT id FROM posts WHERE id = ?", (post_id,)).fetchone()
    if post is None:
        raise HTTPException(status_code=404, detail="Post not found")
    now = datetime.datetime.now().isoformat()
    cur = conn.execute(
        "INSERT INTO comments (post_id, author, text, created_at) VALUES (?, ?, ?, ?)",
        (post_id, user["username"], comment.text, now),
    )
    conn.commit()
    return {
        "id": cur.lastrowid,
        "post_id": post_id,
        "author": user["username"],
        "text": comment.text,
        "created_at": now,
    }
