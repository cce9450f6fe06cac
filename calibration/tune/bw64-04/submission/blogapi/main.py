import asyncio
import os
from contextlib import asynccontextmanager
from datetime import UTC, datetime, timedelta
from typing import Any

import bcrypt
import jwt
from fastapi import Depends, FastAPI, Header, HTTPException, Query, Request
from fastapi.middleware.cors import CORSMiddleware
from psycopg.rows import dict_row
from psycopg_pool import AsyncConnectionPool

type Row = dict[str, Any]

SECRET = os.environ["BLOG_SECRET"]
pool = AsyncConnectionPool(os.environ["DATABASE_URL"], open=False, kwargs={"row_factory": dict_row})


@asynccontextmanager
async def lifespan(app: FastAPI):
    await pool.open()
    async with pool.connection() as conn:
        await conn.execute(
            """
            CREATE TABLE IF NOT EXISTS users (
                id serial PRIMARY KEY,
                username text UNIQUE NOT NULL,
                password_hash text NOT NULL,
                created_at timestamptz DEFAULT now()
            );
            CREATE TABLE IF NOT EXISTS posts (
                id serial PRIMARY KEY,
                author_id int REFERENCES users(id),
                title text NOT NULL,
                content text NOT NULL,
                created_at timestamptz DEFAULT now()
            );
            CREATE TABLE IF NOT EXISTS comments (
                id serial PRIMARY KEY,
                post_id int REFERENCES posts(id) ON DELETE CASCADE,
                author_id int REFERENCES users(id),
                content text NOT NULL,
                created_at timestamptz DEFAULT now()
            );
            """
        )
    yield
    await pool.close()


app = FastAPI(lifespan=lifespan)
app.add_middleware(CORSMiddleware, allow_origins=["*"], allow_methods=["*"], allow_headers=["*"])


# ---- helpers ----


async def query_one(sql: str, params: tuple = ()) -> Row | None:
    async with pool.connection() as conn:
        cur = await conn.execute(sql, params)
        return await cur.fetchone()


async def query_all(sql: str, params: tuple = ()) -> list[Row]:
    async with pool.connection() as conn:
        cur = await conn.execute(sql, params)
        return await cur.fetchall()


def make_token(user_id: int) -> str:
    exp = datetime.now(UTC) + timedelta(hours=1)
    return jwt.encode({"sub": str(user_id), "exp": exp}, SECRET, algorithm="HS256")


async def current_user(authorization: str = Header(default="")) -> int:
    match authorization.split(" "):
        case ["Bearer", token]:
            try:
                claims = jwt.decode(token, SECRET, algorithms=["HS256"])
            except jwt.InvalidTokenError:
                raise HTTPException(401, "bad token")
            return int(claims["sub"])
        case _:
            raise HTTPException(401, "missing token")


def need(data: Any, *fields: str) -> list[str]:
    match data:
        case dict():
            missing = [f for f in fields if not isinstance(data.get(f), str) or not data[f]]
            if missing:
                raise HTTPException(400, f"missing fields: {', '.join(missing)}")
            return [data[f] for f in fields]
        case _:
            raise HTTPException(400, "expected a JSON object")


# ---- accounts ----


@app.post("/signup", status_code=201)
async def signup(request: Request):
    username, password = need(await request.json(), "username", "password")
    hashed = await asyncio.to_thread(bcrypt.hashpw, password.encode(), bcrypt.gensalt())
    user = await query_one(
        "INSERT INTO users (username, password_hash) VALUES (%s, %s) "
        "ON CONFLICT DO NOTHING RETURNING *",
        (username, hashed.decode()),
    )
    if user is None:
        raise HTTPException(409, "username taken")
    return user


@app.post("/login")
async def login(request: Request):
    username, password = need(await request.json(), "username", "password")
    user = await query_one("SELECT * FROM users WHERE username = %s", (username,))
    if user is None:
        raise HTTPException(401, "bad credentials")
    ok = await asyncio.to_thread(
        bcrypt.checkpw, password.encode(), user["password_hash"].encode()
    )
    if not ok:
        raise HTTPException(401, "bad credentials")
    return {"access_token": make_token(user["id"]), "token_type": "bearer"}


# ---- posts ----


@app.get("/posts")
async def list_posts(
    limit: int = Query(10, ge=1, le=100),
    offset: int = Query(0, ge=0),
    sort: str = "created_at DESC",
):
    return await query_all(
        f"SELECT p.*, u.username AS author FROM posts p JOIN users u ON u.id = p.author_id "
        f"ORDER BY {sort} LIMIT %s OFFSET %s",
        (limit, offset),
    )


@app.get("/posts/{post_id}")
async def get_post(post_id: int):
    post = await query_one(
        "SELECT p.*, u.username AS author FROM posts p JOIN users u ON u.id = p.author_id "
        "WHERE p.id = %s",
        (post_id,),
    )
    if post is None:
        raise HTTPException(404, "no such post")
    return post


@app.post("/posts", status_code=201)
async def create_post(request: Request, user_id: int = Depends(current_user)):
    title, content = need(await request.json(), "title", "content")
    return await query_one(
        "INSERT INTO posts (author_id, title, content) VALUES (%s, %s, %s) RETURNING *",
        (user_id, title, content),
    )


@app.patch("/posts/{post_id}")
async def edit_post(post_id: int, request: Request, user_id: int = Depends(current_user)):
    post = await query_one("SELECT * FROM posts WHERE id = %s", (post_id,))
    if post is None:
        raise HTTPException(404, "no such post")
    if post["author_id"] != user_id:
        raise HTTPException(403, "not your post")
    data = await request.json()
    return await query_one(
        "UPDATE posts SET title = %s, content = %s WHERE id = %s RETURNING *",
        (data.get("title", post["title"]), data.get("content", post["content"]), post_id),
    )


@app.delete("/posts/{post_id}", status_code=204)
async def delete_post(post_id: int, user_id: int = Depends(current_user)):
    deleted = await query_one("DELETE FROM posts WHERE id = %s RETURNING id", (post_id,))
    if deleted is None:
        raise HTTPException(404, "no such post")


# ---- comments ----


@app.get("/posts/{post_id}/comments")
async def list_comments(
    post_id: int, limit: int = Query(20, ge=1, le=100), offset: int = Query(0, ge=0)
):
    return await query_all(
        "SELECT c.*, u.username AS author FROM comments c JOIN users u ON u.id = c.author_id "
        "WHERE c.post_id = %s ORDER BY c.created_at LIMIT %s OFFSET %s",
        (post_id, limit, offset),
    )


@app.post("/posts/{post_id}/comments", status_code=201)
async def add_comment(post_id: int, request: Request, user_id: int = Depends(current_user)):
    (content,) = need(await request.json(), "content")
    post = await query_one("SELECT id FROM posts WHERE id = %s", (post_id,))
    if post is None:
        raise HTTPException(404, "no such post")
    return await query_one(
        "INSERT INTO comments (post_id, author_id, content) VALUES (%s, %s, %s) RETURNING *",
        (post_id, user_id, content),
    )
