import asyncio
from contextlib import asynccontextmanager
from datetime import datetime, timedelta, timezone
from typing import Annotated, AsyncIterator

import aiosqlite
import bcrypt
from fastapi import Depends, FastAPI, HTTPException, Query, Response, status
from fastapi.middleware.cors import CORSMiddleware
from fastapi.security import OAuth2PasswordBearer, OAuth2PasswordRequestForm
from jose import JWTError, jwt
from pydantic import BaseModel, Field

DATABASE = "blog.db"
SECRET_KEY = "b10g-s3cr3t-k3y-pl34se-ch4nge"
ALGORITHM = "HS256"
TOKEN_EXPIRE_MINUTES = 60 * 24


# ---------- database ----------

async def init_db() -> None:
    async with aiosqlite.connect(DATABASE) as db:
        await db.executescript(
            """
            CREATE TABLE IF NOT EXISTS users (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                username TEXT UNIQUE NOT NULL,
                password_hash TEXT NOT NULL
            );
            CREATE TABLE IF NOT EXISTS posts (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                author_id INTEGER NOT NULL,
                title TEXT NOT NULL,
                content TEXT NOT NULL,
                created_at TEXT NOT NULL
            );
            CREATE TABLE IF NOT EXISTS comments (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                post_id INTEGER NOT NULL,
                author_id INTEGER NOT NULL,
                content TEXT NOT NULL,
                created_at TEXT NOT NULL
            );
            """
        )
        await db.commit()


async def get_db() -> AsyncIterator[aiosqlite.Connection]:
    async with aiosqlite.connect(DATABASE) as db:
        db.row_factory = aiosqlite.Row
        yield db


@asynccontextmanager
async def lifespan(app: FastAPI):
    await init_db()
    yield


app = FastAPI(title="Async Blog API", lifespan=lifespan)

app.add_middleware(
    CORSMiddleware,
    allow_origins=["*"],
    allow_credentials=True,
    allow_methods=["*"],
    allow_headers=["*"],
)


# ---------- schemas ----------

class UserIn(BaseModel):
    username: str = Field(min_length=3, max_length=30)
    password: str = Field(min_length=6, max_length=72)


class UserOut(BaseModel):
    id: int
    username: str


class Token(BaseModel):
    access_token: str
    token_type: str = "bearer"


class PostIn(BaseModel):
    title: str = Field(min_length=1, max_length=200)
    content: str = Field(min_length=1)


class PostUpdate(BaseModel):
    title: str | None = Field(default=None, min_length=1, max_length=200)
    content: str | None = Field(default=None, min_length=1)


class PostOut(BaseModel):
    id: int
    title: str
    content: str
    author: str
    created_at: str
    comment_count: int = 0


class CommentIn(BaseModel):
    content: str = Field(min_length=1, max_length=1000)


class CommentOut(BaseModel):
    id: int
    post_id: int
    author: str
    content: str
    created_at: str


# ---------- auth helpers ----------

oauth2_scheme = OAuth2PasswordBearer(tokenUrl="/token")


async def hash_password(password: str) -> str:
    # bcrypt is CPU heavy -> run it in a worker thread so we don't block the loop
    hashed = await asyncio.to_thread(bcrypt.hashpw, password.encode(), bcrypt.gensalt())
    return hashed.decode()


async def check_password(password: str, hashed: str) -> bool:
    return await asyncio.to_thread(bcrypt.checkpw, password.encode(), hashed.encode())


async def create_token(user_id: int) -> str:
    expire = datetime.now(timezone.utc) + timedelta(minutes=TOKEN_EXPIRE_MINUTES)
    return jwt.encode({"sub": str(user_id), "exp": expire}, SECRET_KEY, algorithm=ALGORITHM)


async def current_user(
    token: Annotated[str, Depends(oauth2_scheme)],
    db: Annotated[aiosqlite.Connection, Depends(get_db)],
) -> UserOut:
    unauthorized = HTTPException(
        status_code=401, detail="Invalid token", headers={"WWW-Authenticate": "Bearer"}
    )
    try:
        payload = jwt.decode(token, SECRET_KEY, algorithms=[ALGORITHM])
        user_id = int(payload["sub"])
    except (JWTError, KeyError, ValueError):
        raise unauthorized
    cursor = await db.execute("SELECT id, username FROM users WHERE id = ?", (user_id,))
    row = await cursor.fetchone()
    if row is None:
        raise unauthorized
    return UserOut(id=row["id"], username=row["username"])


async def username_for(db: aiosqlite.Connection, user_id: int) -> str:
    cursor = await db.execute("SELECT username FROM users WHERE id = ?", (user_id,))
    row = await cursor.fetchone()
    return row["username"] if row else "[deleted]"


async def count_comments(db: aiosqlite.Connection, post_id: int) -> int:
    cursor = await db.execute("SELECT COUNT(*) FROM comments WHERE post_id = ?", (post_id,))
    row = await cursor.fetchone()
    return row[0]


async def build_post(db: aiosqlite.Connection, row: aiosqlite.Row) -> PostOut:
    return PostOut(
        id=row["id"],
        title=row["title"],
        content=row["content"],
        author=await username_for(db, row["author_id"]),
        created_at=row["created_at"],
        comment_count=await count_comments(db, row["id"]),
    )


async def get_post_or_404(db: aiosqlite.Connection, post_id: int) -> aiosqlite.Row:
    cursor = await db.execute("SELECT * FROM posts WHERE id = ?", (post_id,))
    row = await cursor.fetchone()
    if row is None:
        raise HTTPException(status_code=404, detail="Post not found")
    return row


DB = Annotated[aiosqlite.Connection, Depends(get_db)]
CurrentUser = Annotated[UserOut, Depends(current_user)]


# ---------- routes: auth ----------

@app.post("/register", response_model=UserOut, status_code=201, tags=["auth"])
async def register(user: UserIn, db: DB) -> UserOut:
    cursor = await db.execute("SELECT id FROM users WHERE username = ?", (user.username,))
    if await cursor.fetchone():
        raise HTTPException(status_code=400, detail="Username already registered")
    pw_hash = await hash_password(user.password)
    cursor = await db.execute(
        "INSERT INTO users (username, password_hash) VALUES (?, ?)", (user.username, pw_hash)
    )
    await db.commit()
    return UserOut(id=cursor.lastrowid, username=user.username)


@app.post("/token", response_model=Token, tags=["auth"])
async def login(form: Annotated[OAuth2PasswordRequestForm, Depends()], db: DB) -> Token:
    cursor = await db.execute(
        "SELECT id, password_hash FROM users WHERE username = ?", (form.username,)
    )
    row = await cursor.fetchone()
    if not row or not await check_password(form.password, row["password_hash"]):
        raise HTTPException(status_code=401, detail="Incorrect username or password")
    return Token(access_token=await create_token(row["id"]))


# ---------- routes: posts ----------

@app.get("/posts", response_model=list[PostOut], tags=["posts"])
async def list_posts(
    db: DB,
    limit: Annotated[int, Query(ge=1, le=100)] = 10,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> list[PostOut]:
    cursor = await db.execute(
        "SELECT * FROM posts ORDER BY id DESC LIMIT ? OFFSET ?", (limit, offset)
    )
    rows = await cursor.fetchall()
    posts = []
    for row in rows:
        posts.append(await build_post(db, row))
    return posts


@app.post("/posts", response_model=PostOut, status_code=201, tags=["posts"])
async def create_post(post: PostIn, user: CurrentUser, db: DB) -> PostOut:
    now = datetime.now(timezone.utc).isoformat()
    cursor = await db.execute(
        "INSERT INTO posts (author_id, title, content, created_at) VALUES (?, ?, ?, ?)",
        (user.id, post.title, post.content, now),
    )
    await db.commit()
    return PostOut(
        id=cursor.lastrowid, title=post.title, content=post.content, author=user.username,
        created_at=now,
    )


@app.get("/posts/{post_id}", response_model=PostOut, tags=["posts"])
async def get_post(post_id: int, db: DB) -> PostOut:
    row = await get_post_or_404(db, post_id)
    return await build_post(db, row)


@app.put("/posts/{post_id}", response_model=PostOut, tags=["posts"])
async def update_post(post_id: int, data: PostUpdate, user: CurrentUser, db: DB) -> PostOut:
    row = await get_post_or_404(db, post_id)
    if row["author_id"] != user.id:
        raise HTTPException(status_code=403, detail="Not your post")
    title = data.title or row["title"]
    content = data.content or row["content"]
    await db.execute(
        "UPDATE posts SET title = ?, content = ? WHERE id = ?", (title, content, post_id)
    )
    await db.commit()
    return await build_post(db, await get_post_or_404(db, post_id))


@app.delete("/posts/{post_id}", status_code=204, tags=["posts"])
async def delete_post(post_id: int, user: CurrentUser, db: DB) -> Response:
    row = await get_post_or_404(db, post_id)
    if row["author_id"] != user.id:
        raise HTTPException(status_code=403, detail="Not your post")
    await db.execute("DELETE FROM comments WHERE post_id = ?", (post_id,))
    await db.execute("DELETE FROM posts WHERE id = ?", (post_id,))
    await db.commit()
    return Response(status_code=204)


# ---------- routes: comments ----------

@app.get("/posts/{post_id}/comments", response_model=list[CommentOut], tags=["comments"])
async def list_comments(post_id: int, db: DB) -> list[CommentOut]:
    await get_post_or_404(db, post_id)
    cursor = await db.execute(
        "SELECT * FROM comments WHERE post_id = ? ORDER BY id", (post_id,)
    )
    rows = await cursor.fetchall()
    return [
        CommentOut(
            id=r["id"],
            post_id=r["post_id"],
            author=await username_for(db, r["author_id"]),
            content=r["content"],
            created_at=r["created_at"],
        )
        for r in rows
    ]


@app.post(
    "/posts/{post_id}/comments", response_model=CommentOut, status_code=201, tags=["comments"]
)
async def add_comment(post_id: int, comment: CommentIn, user: CurrentUser, db: DB) -> CommentOut:
    await get_post_or_404(db, post_id)
    now = datetime.now(timezone.utc).isoformat()
    cursor = await db.execute(
        "INSERT INTO comments (post_id, author_id, content, created_at) VALUES (?, ?, ?, ?)",
        (post_id, user.id, comment.content, now),
    )
    await db.commit()
    return CommentOut(
        id=cursor.lastrowid, post_id=post_id, author=user.username, content=comment.content,
        created_at=now,
    )
