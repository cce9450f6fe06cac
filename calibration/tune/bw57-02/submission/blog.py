r"""
A blog, as a small algebra of records.

Let $U$ be users, $P$ posts, $C$ comments, with maps
$\alpha : P \to U$ (author) and $\pi : C \to P$ (parent post).
Reads are total on $P \cup C$; writes require a token $\tau$ with $\sigma(\tau)$ valid;
$\mathrm{edit}(p)$ and $\mathrm{delete}(p)$ additionally require $\alpha(p) = u(\tau)$.
"""
from __future__ import annotations

import hashlib
import hmac
import os
import secrets
import sqlite3
import time
from functools import lru_cache
from itertools import islice
from typing import Iterator

from fastapi import Depends, FastAPI, HTTPException, Query, Response
from fastapi.security import OAuth2PasswordBearer, OAuth2PasswordRequestForm
from pydantic import BaseModel, Field

DB = os.environ.get("BLOG_DB", "blog.db")
KEY = os.environ.get("BLOG_KEY", "").encode() or secrets.token_bytes(32)
TTL = 3600            # seconds
ROUNDS = 200_000      # PBKDF2 iterations

db = sqlite3.connect(DB, check_same_thread=False)
db.executescript(
    """
    PRAGMA foreign_keys = ON;
    CREATE TABLE IF NOT EXISTS user (
        id INTEGER PRIMARY KEY, name TEXT UNIQUE NOT NULL, pw TEXT NOT NULL);
    CREATE TABLE IF NOT EXISTS post (
        id INTEGER PRIMARY KEY, author INTEGER NOT NULL REFERENCES user(id),
        title TEXT NOT NULL, body TEXT NOT NULL, t REAL NOT NULL);
    CREATE TABLE IF NOT EXISTS comment (
        id INTEGER PRIMARY KEY, post INTEGER NOT NULL REFERENCES post(id) ON DELETE CASCADE,
        author INTEGER NOT NULL REFERENCES user(id), body TEXT NOT NULL, t REAL NOT NULL);
    """
)

app = FastAPI(title="Blog", description=__doc__)
oauth = OAuth2PasswordBearer(tokenUrl="token")


# ---------------------------------------------------------------- models

class Credentials(BaseModel):
    username: str = Field(min_length=3, max_length=32, pattern=r"^\w+$")
    password: str = Field(min_length=8, max_length=128)


class UserOut(BaseModel):
    id: int
    username: str


class Token(BaseModel):
    access_token: str
    token_type: str = "bearer"


class PostIn(BaseModel):
    title: str = Field(min_length=1, max_length=200)
    content: str = Field(min_length=1, max_length=20_000)


class PostPatch(BaseModel):
    title: str | None = Field(None, min_length=1, max_length=200)
    content: str | None = Field(None, min_length=1, max_length=20_000)


class PostOut(BaseModel):
    id: int
    author: str
    title: str
    content: str
    created: float
    comments: int


class CommentIn(BaseModel):
    content: str = Field(min_length=1, max_length=5_000)


class CommentOut(BaseModel):
    id: int
    post_id: int
    author: str
    content: str
    created: float


# ---------------------------------------------------------------- crypto

def _kdf(password: str, salt: bytes) -> bytes:
    r"""$k = \mathrm{PBKDF2}_{\mathrm{SHA256}}(pw, s, n)$, $n = 2 \cdot 10^5$."""
    return hashlib.pbkdf2_hmac("sha256", password.encode(), salt, ROUNDS)


def _hash(password: str) -> str:
    s = secrets.token_bytes(16)
    return f"{s.hex()}${_kdf(password, s).hex()}"


@lru_cache(maxsize=256)
def _check(password: str, stored: str) -> bool:
    r"""$\mathrm{check}(pw, s\$k) \iff \mathrm{PBKDF2}(pw, s) = k$. Pure, hence memoised."""
    salt, k = stored.split("$")
    return hmac.compare_digest(_kdf(password, bytes.fromhex(salt)).hex(), k)


def _sign(m: str) -> str:
    return hmac.new(KEY, m.encode(), hashlib.sha256).hexdigest()


def _token(uid: int) -> str:
    r"""$\tau = u \,.\, e \,.\, \sigma(u.e)$ with $e = t_0 + \mathrm{TTL}$."""
    m = f"{uid}.{int(time.time()) + TTL}"
    return f"{m}.{_sign(m)}"


@lru_cache(maxsize=4096)
def _principal(token: str) -> int | None:
    r"""$\tau \mapsto u$ if $\sigma$ verifies and $t < e$, else $\bot$."""
    try:
        uid, exp, sig = token.split(".")
    except ValueError:
        return None
    if not hmac.compare_digest(sig, _sign(f"{uid}.{exp}")):
        return None
    if int(exp) < time.time():
        return None
    return int(uid)


async def current_user(token: str = Depends(oauth)) -> int:
    u = _principal(token)
    if u is None:
        raise HTTPException(401, "invalid or expired token", {"WWW-Authenticate": "Bearer"})
    return u


# ---------------------------------------------------------------- queries

@lru_cache(maxsize=None)
def _name(uid: int) -> str:
    r"""$u \mapsto \mathrm{name}(u)$; names are immutable, so this is a constant map."""
    return db.execute("SELECT name FROM user WHERE id = ?", (uid,)).fetchone()[0]


def _posts() -> Iterator[PostOut]:
    r"""$P$ in reverse chronological order, lazily."""
    for pid, a, title, body, t in db.execute(
        "SELECT id, author, title, body, t FROM post ORDER BY id DESC"
    ):
        n = db.execute("SELECT count(*) FROM comment WHERE post = ?", (pid,)).fetchone()[0]
        yield PostOut(id=pid, author=_name(a), title=title, content=body, created=t, comments=n)


def _comments(pid: int) -> Iterator[CommentOut]:
    r"""$\pi^{-1}(p)$ in order of creation."""
    for cid, a, body, t in db.execute(
        "SELECT id, author, body, t FROM comment WHERE post = ? ORDER BY id", (pid,)
    ):
        yield CommentOut(id=cid, post_id=pid, author=_name(a), content=body, created=t)


def _page(xs: Iterator, limit: int, offset: int) -> list:
    r"""$xs[\,o : o + \ell\,]$ without materialising $xs$."""
    return list(islice(xs, offset, offset + limit))


def _post(pid: int) -> PostOut:
    row = db.execute("SELECT id, author, title, body, t FROM post WHERE id = ?", (pid,)).fetchone()
    if row is None:
        raise HTTPException(404, "no such post")
    n = db.execute("SELECT count(*) FROM comment WHERE post = ?", (pid,)).fetchone()[0]
    pid, a, title, body, t = row
    return PostOut(id=pid, author=_name(a), title=title, content=body, created=t, comments=n)


def _owned(pid: int, uid: int) -> None:
    row = db.execute("SELECT author FROM post WHERE id = ?", (pid,)).fetchone()
    if row is None:
        raise HTTPException(404, "no such post")
    if row[0] != uid:
        raise HTTPException(403, "not your post")


Limit = Query(10, ge=1, le=100)
Offset = Query(0, ge=0)


# ---------------------------------------------------------------- routes

@app.post("/users", status_code=201, response_model=UserOut)
async def signup(c: Credentials) -> UserOut:
    """Create $u \\in U$."""
    try:
        with db:
            cur = db.execute("INSERT INTO user (name, pw) VALUES (?, ?)", (c.username, _hash(c.password)))
    except sqlite3.IntegrityError:
        raise HTTPException(409, "username taken")
    return UserOut(id=cur.lastrowid, username=c.username)


@app.post("/token", response_model=Token)
async def login(form: OAuth2PasswordRequestForm = Depends()) -> Token:
    """OAuth2 password grant: $(name, pw) \\mapsto \\tau$."""
    row = db.execute("SELECT id, pw FROM user WHERE name = ?", (form.username,)).fetchone()
    if row is None or not _check(form.password, row[1]):
        raise HTTPException(401, "bad credentials", {"WWW-Authenticate": "Bearer"})
    return Token(access_token=_token(row[0]))


@app.get("/posts", response_model=list[PostOut])
async def list_posts(limit: int = Limit, offset: int = Offset) -> list[PostOut]:
    """$P[o : o + \\ell]$, newest first."""
    return _page(_posts(), limit, offset)


@app.post("/posts", status_code=201, response_model=PostOut)
async def create_post(p: PostIn, uid: int = Depends(current_user)) -> PostOut:
    """$P \\leftarrow P \\cup \\{p\\}$, $\\alpha(p) = u$."""
    with db:
        cur = db.execute(
            "INSERT INTO post (author, title, body, t) VALUES (?, ?, ?, ?)",
            (uid, p.title, p.content, time.time()),
        )
    return _post(cur.lastrowid)


@app.get("/posts/{pid}", response_model=PostOut)
async def read_post(pid: int) -> PostOut:
    return _post(pid)


@app.patch("/posts/{pid}", response_model=PostOut)
async def edit_post(pid: int, p: PostPatch, uid: int = Depends(current_user)) -> PostOut:
    """Requires $\\alpha(p) = u$; otherwise 403."""
    _owned(pid, uid)
    with db:
        db.execute(
            "UPDATE post SET title = coalesce(?, title), body = coalesce(?, body) WHERE id = ?",
            (p.title, p.content, pid),
        )
    return _post(pid)


@app.delete("/posts/{pid}", status_code=204)
async def delete_post(pid: int, uid: int = Depends(current_user)) -> Response:
    """$P \\leftarrow P \\setminus \\{p\\}$, together with $\\pi^{-1}(p)$."""
    _owned(pid, uid)
    with db:
        db.execute("DELETE FROM post WHERE id = ?", (pid,))
    return Response(status_code=204)


@app.get("/posts/{pid}/comments", response_model=list[CommentOut])
async def list_comments(pid: int, limit: int = Limit, offset: int = Offset) -> list[CommentOut]:
    """$\\pi^{-1}(p)[o : o + \\ell]$."""
    _post(pid)
    return _page(_comments(pid), limit, offset)


@app.post("/posts/{pid}/comments", status_code=201, response_model=CommentOut)
async def comment(pid: int, c: CommentIn, uid: int = Depends(current_user)) -> CommentOut:
    """$C \\leftarrow C \\cup \\{c\\}$, $\\pi(c) = p$; 404 if $p \\notin P$."""
    _post(pid)
    t = time.time()
    with db:
        cur = db.execute(
            "INSERT INTO comment (post, author, body, t) VALUES (?, ?, ?, ?)", (pid, uid, c.content, t)
        )
    return CommentOut(id=cur.lastrowid, post_id=pid, author=_name(uid), content=c.content, created=t)
