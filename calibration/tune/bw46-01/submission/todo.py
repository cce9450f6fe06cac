#!/usr/bin/env python3
# todo.py -- multi-user todo list over HTTP.  perldoc-style notes in README.
import hashlib
import hmac
import os
import re
import secrets
import time

from fastapi import Depends, FastAPI, HTTPException, Query, Request, Response
from fastapi.security import OAuth2PasswordBearer, OAuth2PasswordRequestForm
from pydantic import BaseModel, Field

KEY = (os.environ.get("TODO_SECRET") or secrets.token_hex(32)).encode()
TTL = int(os.environ.get("TODO_TTL", "3600"))

NAME = r"[A-Za-z][\w.-]{2,31}"
NAME_RE = re.compile(rf"^{NAME}$")
TOK_RE = re.compile(rf"^({NAME}):(\d{{10}}):([0-9a-f]{{64}})$")
PW_RE = re.compile(r"^scrypt\$(\d+)\$([0-9a-f]{32})\$([0-9a-f]{128})$")
TITLE_RE = re.compile(r"^ *[^\x00-\x1f ][^\x00-\x1f]*$")
DESC_RE = re.compile(r"^[^\x00-\x08\x0b\x0c\x0e-\x1f]*$")

# DB = { users => { name => { pw, ctime } },
#        todos => { name => { id => { id, title, description, done, ctime } } },
#        seq   => last id handed out }
DB = {"users": {}, "todos": {}, "seq": 0}

app = FastAPI(title="todo", version="0.1")
oauth = OAuth2PasswordBearer(tokenUrl="/token")

NOAUTH = HTTPException(401, "bad or missing token", {"WWW-Authenticate": "Bearer"})
NOPE = HTTPException(404, "no such todo")


def squash(s):
    return re.sub(r"\s+", " ", s).strip()


def pwhash(pw, salt=None, n=2**14):
    salt = salt or secrets.token_bytes(16)
    dk = hashlib.scrypt(pw.encode(), salt=salt, n=n, r=8, p=1, dklen=64)
    return "scrypt$%d$%s$%s" % (n, salt.hex(), dk.hex())


def pwok(pw, stored):
    m = PW_RE.match(stored)
    if not m:
        return False
    got = pwhash(pw, bytes.fromhex(m[2]), int(m[1])).rsplit("$", 1)[1]
    return hmac.compare_digest(got, m[3])


def sign(user, exp):
    return hmac.new(KEY, f"{user}:{exp}".encode(), hashlib.sha256).hexdigest()


def mktok(user):
    exp = int(time.time()) + TTL
    return f"{user}:{exp}:{sign(user, exp)}"


def whoami(tok: str = Depends(oauth)):
    m = TOK_RE.match(tok)
    if not m:
        raise NOAUTH
    user, exp, sig = m.groups()
    if not hmac.compare_digest(sig, sign(user, exp)):
        raise NOAUTH
    if int(exp) < time.time() or user not in DB["users"]:
        raise NOAUTH
    return user


class Signup(BaseModel):
    username: str = Field(pattern=NAME_RE.pattern)
    password: str = Field(min_length=8, max_length=128)


class New(BaseModel):
    title: str = Field(max_length=200, pattern=TITLE_RE.pattern)
    description: str | None = Field(None, max_length=2000, pattern=DESC_RE.pattern)
    done: bool = False


@app.post("/users", status_code=201)
async def signup(u: Signup):
    if u.username.lower() in {n.lower() for n in DB["users"]}:
        raise HTTPException(409, "username taken")
    DB["users"][u.username] = {"pw": pwhash(u.password), "ctime": int(time.time())}
    DB["todos"][u.username] = {}
    return {"username": u.username}


@app.post("/token")
async def login(f: OAuth2PasswordRequestForm = Depends()):
    rec = DB["users"].get(f.username)
    if not rec or not pwok(f.password, rec["pw"]):
        raise HTTPException(401, "bad username or password", {"WWW-Authenticate": "Bearer"})
    return {"access_token": mktok(f.username), "token_type": "bearer"}


@app.get("/todos")
async def ls(
    limit: int = Query(20, ge=1, le=100),
    offset: int = Query(0, ge=0),
    user=Depends(whoami),
):
    t = DB["todos"][user]
    return [dict(t[k]) for k in sorted(t)[offset : offset + limit]]


@app.post("/todos", status_code=201)
async def add(n: New, user=Depends(whoami)):
    DB["seq"] += 1
    t = {
        "id": DB["seq"],
        "title": squash(n.title),
        "description": n.description,
        "done": n.done,
        "ctime": int(time.time()),
    }
    DB["todos"][user][t["id"]] = t
    return dict(t)


@app.get("/todos/{id}")
async def get(id: int, user=Depends(whoami)):
    t = DB["todos"][user].get(id) or None
    if t is None:
        raise NOPE
    return dict(t)


# field => (regex the stringified value must match, max length)
EDIT = {
    "title": (TITLE_RE, 200),
    "description": (DESC_RE, 2000),
    "done": (re.compile(r"^(True|False)$"), 5),
}


@app.patch("/todos/{id}")
async def upd(id: int, req: Request, user=Depends(whoami)):
    t = DB["todos"][user].get(id)
    if t is None:
        raise NOPE
    try:
        body = await req.json()
    except ValueError:
        raise HTTPException(422, "body must be a JSON object")
    if not isinstance(body, dict) or not body:
        raise HTTPException(422, "body must be a non-empty JSON object")
    errs = []
    for k, v in body.items():
        if k not in EDIT:
            errs.append(f"{k}: unknown field")
        elif k == "description" and v is None:
            continue
        elif k == "done" and not isinstance(v, bool):
            errs.append("done: must be true or false")
        elif k != "done" and not isinstance(v, str):
            errs.append(f"{k}: must be a string")
        elif not EDIT[k][0].match(str(v)) or len(str(v)) > EDIT[k][1]:
            errs.append(f"{k}: bad value")
    if errs:
        raise HTTPException(422, errs)
    for k, v in body.items():
        t[k] = squash(v) if k == "title" else v
    return dict(t)


@app.delete("/todos/{id}", status_code=204)
async def rm(id: int, user=Depends(whoami)):
    if DB["todos"][user].pop(id, None) is None:
        raise NOPE
    return Response(status_code=204)
