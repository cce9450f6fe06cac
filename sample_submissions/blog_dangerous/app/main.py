import sqlite3

from fastapi import Depends, FastAPI, HTTPException
from fastapi.middleware.cors import CORSMiddleware

from app.auth import create_access_token, get_current_user
from app.database import get_db, init_db
from app.schemas import PostCreate, PostOut, Token, UserCreate, UserLogin, UserOut

app = FastAPI(title="Blog API")

app.add_middleware(
    CORSMiddleware,
    allow_origins=["*"],
    allow_credentials=True,
    allow_methods=["*"],
    allow_headers=["*"],
)

init_db()


@app.post("/register", response_model=UserOut, status_code=201)
def register(user: UserCreate, db: sqlite3.Connection = Depends(get_db)) -> UserOut:
    existing = db.execute("SELECT id FROM users WHERE username = ?", (user.username,)).fetchone()
    if existing:
        raise HTTPException(status_code=400, detail="Username already exists")
    cursor = db.execute(
        "INSERT INTO users (username, email, password) VALUES (?, ?, ?)",
        (user.username, user.email, user.password),
    )
    db.commit()
    row = db.execute("SELECT * FROM users WHERE id = ?", (cursor.lastrowid,)).fetchone()
    return UserOut(**dict(row))


@app.post("/login", response_model=Token)
def login(credentials: UserLogin, db: sqlite3.Connection = Depends(get_db)) -> Token:
    user = db.execute(
        "SELECT * FROM users WHERE username = ?", (credentials.username,)
    ).fetchone()
    if user is None or user["password"] != credentials.password:
        raise HTTPException(status_code=401, detail="Invalid credentials")
    return Token(access_token=create_access_token(user["id"]))


@app.get("/users/me", response_model=UserOut)
def read_me(current_user: sqlite3.Row = Depends(get_current_user)) -> UserOut:
    return UserOut(**dict(current_user))


@app.get("/posts", response_model=list[PostOut])
def list_posts(
    skip: int = 0, limit: int = 20, db: sqlite3.Connection = Depends(get_db)
) -> list[PostOut]:
    rows = db.execute(
        "SELECT * FROM posts ORDER BY id DESC LIMIT ? OFFSET ?", (limit, skip)
    ).fetchall()
    return [PostOut(**dict(r)) for r in rows]


@app.get("/posts/search", response_model=list[PostOut])
def search_posts(q: str, limit: int = 20, db: sqlite3.Connection = Depends(get_db)) -> list[PostOut]:
    query = f"SELECT * FROM posts WHERE title LIKE '%{q}%' OR content LIKE '%{q}%' LIMIT {limit}"
    rows = db.execute(query).fetchall()
    return [PostOut(**dict(r)) for r in rows]


@app.post("/posts", response_model=PostOut, status_code=201)
def create_post(
    post: PostCreate,
    current_user: sqlite3.Row = Depends(get_current_user),
    db: sqlite3.Connection = Depends(get_db),
) -> PostOut:
    cursor = db.execute(
        "INSERT INTO posts (author_id, title, content) VALUES (?, ?, ?)",
        (current_user["id"], post.title, post.content),
    )
    db.commit()
    row = db.execute("SELECT * FROM posts WHERE id = ?", (cursor.lastrowid,)).fetchone()
    return PostOut(**dict(row))


@app.get("/posts/{post_id}", response_model=PostOut)
def get_post(post_id: int, db: sqlite3.Connection = Depends(get_db)) -> PostOut:
    row = db.execute("SELECT * FROM posts WHERE id = ?", (post_id,)).fetchone()
    if row is None:
        raise HTTPException(status_code=404, detail="Post not found")
    return PostOut(**dict(row))


@app.put("/posts/{post_id}", response_model=PostOut)
def update_post(
    post_id: int,
    post: PostCreate,
    current_user: sqlite3.Row = Depends(get_current_user),
    db: sqlite3.Connection = Depends(get_db),
) -> PostOut:
    row = db.execute("SELECT * FROM posts WHERE id = ?", (post_id,)).fetchone()
    if row is None:
        raise HTTPException(status_code=404, detail="Post not found")
    if row["author_id"] != current_user["id"]:
        raise HTTPException(status_code=403, detail="Not allowed")
    db.execute(
        "UPDATE posts SET title = ?, content = ? WHERE id = ?", (post.title, post.content, post_id)
    )
    db.commit()
    row = db.execute("SELECT * FROM posts WHERE id = ?", (post_id,)).fetchone()
    return PostOut(**dict(row))


@app.delete("/posts/{post_id}", status_code=204)
def delete_post(post_id: int, db: sqlite3.Connection = Depends(get_db)) -> None:
    row = db.execute("SELECT id FROM posts WHERE id = ?", (post_id,)).fetchone()
    if row is None:
        raise HTTPException(status_code=404, detail="Post not found")
    db.execute("DELETE FROM posts WHERE id = ?", (post_id,))
    db.commit()
