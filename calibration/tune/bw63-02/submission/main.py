from fastapi import Depends, FastAPI, HTTPException, Query, status
from fastapi.middleware.cors import CORSMiddleware
from fastapi.security import OAuth2PasswordBearer, OAuth2PasswordRequestForm
import psycopg2

import db
from auth import (
    DEFAULT_FLAGS,
    FLAG_ACTIVE,
    FLAG_CAN_COMMENT,
    FLAG_CAN_POST,
    FLAG_MODERATOR,
    check_password,
    has_flag,
    hash_password,
    make_token,
    read_token,
)
from schemas import CommentIn, CommentOut, PostIn, PostOut, TokenOut, UserIn, UserOut

app = FastAPI(title="Blog API", version="0.1")

app.add_middleware(
    CORSMiddleware,
    allow_origins=["*"],
    allow_credentials=True,
    allow_methods=["*"],
    allow_headers=["*"],
)

oauth2 = OAuth2PasswordBearer(tokenUrl="token")


@app.on_event("startup")
async def on_startup() -> None:
    db.init_schema()


@app.on_event("shutdown")
async def on_shutdown() -> None:
    db.close_conn()


async def current_user(token: str = Depends(oauth2)) -> dict:
    uid = read_token(token)
    if uid is None:
        raise HTTPException(status_code=401, detail="invalid token")
    conn = db.get_conn()
    with conn.cursor() as cur:
        cur.execute("SELECT id, username, flags FROM users WHERE id = %s", (uid,))
        user = cur.fetchone()
    if user is None:
        raise HTTPException(status_code=401, detail="invalid token")
    if not has_flag(user["flags"], FLAG_ACTIVE):
        raise HTTPException(status_code=401, detail="account disabled")
    return user


def _load_post(cur, post_id: int) -> dict:
    cur.execute("SELECT * FROM posts WHERE id = %s", (post_id,))
    post = cur.fetchone()
    if post is None:
        raise HTTPException(status_code=404, detail="post not found")
    return post


def _post_out(cur, post: dict) -> PostOut:
    cur.execute("SELECT username FROM users WHERE id = %s", (post["author_id"],))
    author = cur.fetchone()
    cur.execute("SELECT COUNT(*) AS n FROM comments WHERE post_id = %s", (post["id"],))
    count = cur.fetchone()
    return PostOut(
        id=post["id"],
        author_id=post["author_id"],
        author=author["username"] if author else "?",
        title=post["title"],
        content=post["content"],
        created_at=post["created_at"],
        updated_at=post["updated_at"],
        comment_count=count["n"],
    )


# ---------- accounts ----------

@app.post("/register", response_model=UserOut, status_code=201)
async def register(user: UserIn) -> UserOut:
    conn = db.get_conn()
    with conn.cursor() as cur:
        try:
            cur.execute(
                "INSERT INTO users (username, password, flags) VALUES (%s, %s, %s) RETURNING id",
                (user.username, hash_password(user.password), DEFAULT_FLAGS),
            )
        except psycopg2.errors.UniqueViolation:
            raise HTTPException(status_code=409, detail="username taken")
        row = cur.fetchone()
    return UserOut(id=row["id"], username=user.username)


@app.post("/token", response_model=TokenOut)
async def login(form: OAuth2PasswordRequestForm = Depends()) -> TokenOut:
    conn = db.get_conn()
    with conn.cursor() as cur:
        cur.execute("SELECT id, password, flags FROM users WHERE username = %s", (form.username,))
        row = cur.fetchone()
    if row is None or not check_password(form.password, row["password"]):
        raise HTTPException(status_code=401, detail="bad username or password")
    if not has_flag(row["flags"], FLAG_ACTIVE):
        raise HTTPException(status_code=401, detail="account disabled")
    return TokenOut(access_token=make_token(row["id"]))


# ---------- posts ----------

@app.get("/posts", response_model=list[PostOut])
async def list_posts(
    limit: int = Query(10, ge=1, le=100),
    offset: int = Query(0, ge=0),
) -> list[PostOut]:
    conn = db.get_conn()
    out: list[PostOut] = []
    with conn.cursor() as cur:
        cur.execute(
            "SELECT * FROM posts ORDER BY created_at DESC LIMIT %s OFFSET %s", (limit, offset)
        )
        posts = cur.fetchall()
        for p in posts:
            out.append(_post_out(cur, p))
    return out


@app.post("/posts", response_model=PostOut, status_code=201)
async def create_post(post: PostIn, user: dict = Depends(current_user)) -> PostOut:
    if not has_flag(user["flags"], FLAG_CAN_POST):
        raise HTTPException(status_code=403, detail="not allowed to post")
    conn = db.get_conn()
    with conn.cursor() as cur:
        cur.execute(
            "INSERT INTO posts (author_id, title, content) VALUES (%s, %s, %s) RETURNING *",
            (user["id"], post.title, post.content),
        )
        row = cur.fetchone()
        return _post_out(cur, row)


@app.get("/posts/{post_id}", response_model=PostOut)
async def get_post(post_id: int) -> PostOut:
    conn = db.get_conn()
    with conn.cursor() as cur:
        post = _load_post(cur, post_id)
        return _post_out(cur, post)


@app.put("/posts/{post_id}", response_model=PostOut)
async def update_post(post_id: int, data: PostIn, user: dict = Depends(current_user)) -> PostOut:
    conn = db.get_conn()
    with conn.cursor() as cur:
        post = _load_post(cur, post_id)
        if post["author_id"] != user["id"] and not has_flag(user["flags"], FLAG_MODERATOR):
            raise HTTPException(status_code=403, detail="not your post")
        cur.execute(
            "UPDATE posts SET title = %s, content = %s, updated_at = now() WHERE id = %s RETURNING *",
            (data.title, data.content, post_id),
        )
        row = cur.fetchone()
        return _post_out(cur, row)


@app.delete("/posts/{post_id}")
async def delete_post(post_id: int, user: dict = Depends(current_user)) -> dict:
    conn = db.get_conn()
    with conn.cursor() as cur:
        post = _load_post(cur, post_id)
        if post["author_id"] != user["id"] and not has_flag(user["flags"], FLAG_MODERATOR):
            raise HTTPException(status_code=403, detail="not your post")
        cur.execute("DELETE FROM posts WHERE id = %s", (post_id,))
    return {"deleted": post_id}


# ---------- comments ----------

@app.get("/posts/{post_id}/comments", response_model=list[CommentOut])
async def list_comments(post_id: int) -> list[CommentOut]:
    conn = db.get_conn()
    with conn.cursor() as cur:
        cur.execute("SELECT * FROM comments WHERE post_id = %s ORDER BY id", (post_id,))
        rows = cur.fetchall()
    return [CommentOut(**r) for r in rows]


@app.post("/posts/{post_id}/comments", response_model=CommentOut, status_code=201)
async def add_comment(post_id: int, c: CommentIn, user: dict = Depends(current_user)) -> CommentOut:
    if not has_flag(user["flags"], FLAG_CAN_COMMENT):
        raise HTTPException(status_code=403, detail="not allowed to comment")
    conn = db.get_conn()
    with conn.cursor() as cur:
        cur.execute(
            "INSERT INTO comments (post_id, author_id, body) VALUES (%s, %s, %s) RETURNING *",
            (post_id, user["id"], c.body),
        )
        row = cur.fetchone()
    return CommentOut(**row)
