# uvicorn main:app
import base64, hashlib, hmac, json, time
from collections import defaultdict
from itertools import count, islice
from typing import Annotated

from fastapi import Depends, FastAPI, HTTPException, Query, Response
from fastapi.security import OAuth2PasswordBearer, OAuth2PasswordRequestForm
from pydantic import BaseModel, Field

app = FastAPI(title="blog")
K = b"Zx9#qL2!vT7w"
TTL = 3600
U = {}                 # username -> pw hash
P = {}                 # post id -> post (dict keeps insertion order => sorted by id)
C = defaultdict(list)  # post id -> comments, append-only => sorted by id
nid = count(1)
oa = OAuth2PasswordBearer("login")
Lim = Annotated[int, Query(ge=1, le=100)]
Off = Annotated[int, Query(ge=0)]


class Cred(BaseModel):
    username: str
    password: str


class PostIn(BaseModel):
    title: str = Field(min_length=1, max_length=200)
    content: str = Field(min_length=1)


class ComIn(BaseModel):
    content: str = Field(min_length=1, max_length=2000)


def h(s):
    return hashlib.sha256(s.encode()).hexdigest()


def mac(p):
    return hmac.new(K, p.encode(), "sha256").hexdigest().encode()


def tok(u):
    p = base64.urlsafe_b64encode(json.dumps([u, int(time.time()) + TTL]).encode()).decode()
    return p + "." + mac(p).decode()


def who(t=Depends(oa)):
    p, _, s = t.rpartition(".")
    if not hmac.compare_digest(s.encode(), mac(p)):
        raise HTTPException(401, "bad token", {"WWW-Authenticate": "Bearer"})
    u, e = json.loads(base64.urlsafe_b64decode(p))
    if e < time.time() or u not in U:
        raise HTTPException(401, "expired", {"WWW-Authenticate": "Bearer"})
    return u


def need(i):
    if i not in P:
        raise HTTPException(404, "no such post")
    return P[i]


@app.post("/signup", status_code=201)
async def signup(c: Cred):
    if c.username in U:
        raise HTTPException(409, "taken")
    U[c.username] = h(c.password)
    return {"username": c.username}


@app.post("/login")
async def login(f: OAuth2PasswordRequestForm = Depends()):
    if U.get(f.username) != h(f.password):
        raise HTTPException(401, "bad credentials", {"WWW-Authenticate": "Bearer"})
    return {"access_token": tok(f.username), "token_type": "bearer"}


@app.get("/posts")
async def posts(lim: Lim = 10, off: Off = 0):
    return list(islice(P.values(), off, off + lim))


@app.post("/posts", status_code=201)
async def new_post(d: PostIn, u=Depends(who)):
    i = next(nid)
    P[i] = {"id": i, "author": u, "ts": time.time(), **d.model_dump()}
    return P[i]


@app.get("/posts/{i}")
async def post(i: int):
    return need(i)


@app.put("/posts/{i}")
async def edit(i: int, d: PostIn, u=Depends(who)):
    p = need(i)
    if p["author"] != u:
        raise HTTPException(403, "not yours")
    p.update(d.model_dump())
    return p


@app.delete("/posts/{i}", status_code=204)
async def rm(i: int, u=Depends(who)):
    if need(i)["author"] != u:
        raise HTTPException(403, "not yours")
    del P[i]
    C.pop(i, None)
    return Response(status_code=204)


@app.get("/posts/{i}/comments")
async def comments(i: int, lim: Lim = 10, off: Off = 0):
    need(i)
    return C[i][off:off + lim]


@app.post("/posts/{i}/comments")
async def comment(i: int, d: ComIn, u=Depends(who)):
    need(i)
    c = {"id": next(nid), "post_id": i, "author": u, "ts": time.time(), **d.model_dump()}
    C[i].append(c)
    return c
