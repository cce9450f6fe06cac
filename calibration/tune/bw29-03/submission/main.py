"""Blog API.

All state in memory. Every operation is O(1) except listing, which is
O(offset + limit) -- no full scans, no sorting per request.
"""
from __future__ import annotations

import secrets
from collections import defaultdict
from datetime import datetime, timezone
from itertools import count, islice

import bcrypt
from fastapi import Depends, FastAPI, HTTPException, Query, Response
from fastapi.security import OAuth2PasswordBearer, OAuth2PasswordRequestForm
from pydantic import BaseModel, Field

app = FastAPI(title="blog")
oauth = OAuth2PasswordBearer(tokenUrl="token")

# ---- state ---------------------------------------------------------------
U: dict[str, tuple[int, bytes]] = {}                  # username -> (uid, hash)
N: dict[int, str] = {}                                # uid -> username
T: dict[str, int] = {}                                # token -> uid
P: dict[int, dict] = {}                               # pid -> post, insertion order == id order
C: defaultdict[int, list[dict]] = defaultdict(list)   # pid -> comments, append-only
uid_seq, pid_seq, cid_seq = count(1), count(1), count(1)

LIM_DEF, LIM_MAX = 10, 100


# ---- models --------------------------------------------------------------
class Cred(BaseModel):
    username: str = Field(min_length=3, max_length=32, pattern=r"^\w+$")
    password: str = Field(min_length=8, max_length=128)


class UserOut(BaseModel):
    id: int
    username: str


class Tok(BaseModel):
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
    created_at: datetime


class CommIn(BaseModel):
    content: str = Field(min_length=1, max_length=2_000)


class CommOut(BaseModel):
    id: int
    post_id: int
    author: str
    content: str
    created_at: datetime


# ---- helpers -------------------------------------------------------------
def now() -> datetime:
    return datetime.now(timezone.utc)


def me(tok: str = Depends(oauth)) -> int:
    u = T.get(tok)
    if u is None:
        raise HTTPException(401, "invalid token", headers={"WWW-Authenticate": "Bearer"})
    return u


def post_or_404(pid: int) -> dict:
    p = P.get(pid)
    if p is None:
        raise HTTPException(404, "post not found")
    return p


def pout(p: dict) -> PostOut:
    return PostOut(id=p["id"], author=N[p["a"]], title=p["title"], content=p["content"], created_at=p["at"])


def cout(c: dict) -> CommOut:
    return CommOut(id=c["id"], post_id=c["pid"], author=N[c["a"]], content=c["content"], created_at=c["at"])


Limit = Query(LIM_DEF, ge=1, le=LIM_MAX)
Offset = Query(0, ge=0)


# ---- auth ----------------------------------------------------------------
@app.post("/users", status_code=201, response_model=UserOut)
async def signup(c: Cred) -> UserOut:
    if c.username in U:
        raise HTTPException(409, "username taken")
    h = bcrypt.hashpw(c.password.encode()[:72], bcrypt.gensalt())
    i = next(uid_seq)
    U[c.username] = (i, h)
    N[i] = c.username
    return UserOut(id=i, username=c.username)


@app.post("/token", response_model=Tok)
async def login(f: OAuth2PasswordRequestForm = Depends()) -> Tok:
    r = U.get(f.username)
    if r is None or not bcrypt.checkpw(f.password.encode()[:72], r[1]):
        raise HTTPException(401, "bad credentials", headers={"WWW-Authenticate": "Bearer"})
    t = secrets.token_urlsafe(32)
    T[t] = r[0]
    return Tok(access_token=t)


# ---- posts ---------------------------------------------------------------
@app.get("/posts", response_model=list[PostOut])
async def list_posts(limit: int = Limit, offset: int = Offset) -> list[PostOut]:
    # newest first; reversed() on a dict view is lazy, islice stops after offset+limit
    return [pout(p) for p in islice(reversed(P.values()), offset, offset + limit)]


@app.post("/posts", status_code=201, response_model=PostOut)
async def create_post(b: PostIn, uid: int = Depends(me)) -> PostOut:
    i = next(pid_seq)
    P[i] = {"id": i, "a": uid, "title": b.title, "content": b.content, "at": now()}
    return pout(P[i])


@app.get("/posts/{pid}", response_model=PostOut)
async def get_post(pid: int) -> PostOut:
    return pout(post_or_404(pid))


@app.patch("/posts/{pid}", response_model=PostOut)
async def edit_post(pid: int, b: PostPatch, uid: int = Depends(me)) -> PostOut:
    p = post_or_404(pid)
    if p["a"] != uid:
        raise HTTPException(403, "not your post")
    p.update(b.model_dump(exclude_none=True))
    return pout(p)


@app.delete("/posts/{pid}", status_code=204)
async def delete_post(pid: int, uid: int = Depends(me)) -> Response:
    p = post_or_404(pid)
    if p["a"] != uid:
        raise HTTPException(403, "not your post")
    del P[pid]
    C.pop(pid, None)
    return Response(status_code=204)


# ---- comments ------------------------------------------------------------
@app.get("/posts/{pid}/comments", response_model=list[CommOut])
async def list_comments(pid: int, limit: int = Limit, offset: int = Offset) -> list[CommOut]:
    post_or_404(pid)
    return [cout(c) for c in C[pid][offset:offset + limit]]


@app.post("/posts/{pid}/comments", status_code=201, response_model=CommOut)
async def add_comment(pid: int, b: CommIn, uid: int = Depends(me)) -> CommOut:
    post_or_404(pid)
    c = {"id": next(cid_seq), "pid": pid, "a": uid, "content": b.content, "at": now()}
    C[pid].append(c)
    return cout(c)
