#!/usr/bin/env python
#######################################################################
# blog.py - multi author blog, JSON interface
#
# run it:   uvicorn blog:app --port 8080
#
# login sets a cookie "SID", send it back on every request (or ?sid=)
# posting data: normal form encoded or json, both work
#######################################################################

import hashlib
import secrets
import sqlite3
import sys
import time

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

DBFILE = "blog.db"
PW_SALT = "x9!kQ"
SESSION_HOURS = 24

app = FastAPI()

dbh = sqlite3.connect(DBFILE, check_same_thread=False)
dbh.row_factory = sqlite3.Row

dbh.executescript("""
CREATE TABLE IF NOT EXISTS users (
    id        INTEGER PRIMARY KEY,
    username  TEXT UNIQUE,
    password  TEXT,
    created   INTEGER
);
CREATE TABLE IF NOT EXISTS sessions (
    sid       TEXT PRIMARY KEY,
    user_id   INTEGER,
    expires   INTEGER
);
CREATE TABLE IF NOT EXISTS posts (
    id        INTEGER PRIMARY KEY,
    author_id INTEGER,
    title     TEXT,
    body      TEXT,
    created   INTEGER,
    modified  INTEGER
);
CREATE TABLE IF NOT EXISTS comments (
    id        INTEGER PRIMARY KEY,
    post_id   INTEGER,
    user_id   INTEGER,
    body      TEXT,
    created   INTEGER
);
""")


#######################################################################
# helpers
#######################################################################

def logit(msg):
    sys.stderr.write("[%s] %s\n" % (time.strftime("%Y-%m-%d %H:%M:%S"), msg))


def crypt_pw(pw):
    return hashlib.md5((PW_SALT + pw).encode()).hexdigest()


async def get_params(request):
    # accept form posts the old way, or json for the js people
    ctype = request.headers.get("content-type", "")
    if ctype.startswith("application/json"):
        return await request.json()
    form = await request.form()
    return dict(form)


def current_user(request):
    sid = request.cookies.get("SID") or request.query_params.get("sid")
    if not sid:
        return None
    row = dbh.execute("SELECT * FROM sessions WHERE sid = '%s'" % sid).fetchone()
    if not row or row["expires"] < time.time():
        return None
    user = dbh.execute("SELECT id, username FROM users WHERE id = %d" % row["user_id"]).fetchone()
    return dict(user)


def err(code, msg):
    return JSONResponse({"status": "error", "error": msg}, status_code=code)


#######################################################################
# accounts
#######################################################################

@app.post("/register")
async def register(request: Request):
    p = await get_params(request)
    username = p.get("username", "")
    password = p.get("password", "")
    if username == "" or password == "":
        return err(400, "username and password required")

    exists = dbh.execute("SELECT id FROM users WHERE username = '%s'" % username).fetchone()
    if exists:
        return err(400, "username taken")

    dbh.execute("INSERT INTO users (username, password, created) VALUES ('%s', '%s', %d)"
                % (username, crypt_pw(password), time.time()))
    dbh.commit()
    logit("new user " + username)
    return {"status": "ok", "username": username}


@app.post("/login")
async def login(request: Request):
    p = await get_params(request)
    username = p.get("username", "")
    password = p.get("password", "")

    user = dbh.execute("SELECT * FROM users WHERE username = '%s' AND password = '%s'"
                       % (username, crypt_pw(password))).fetchone()
    if not user:
        return err(401, "bad login")

    sid = secrets.token_hex(16)
    dbh.execute("INSERT INTO sessions (sid, user_id, expires) VALUES (?, ?, ?)",
                (sid, user["id"], int(time.time()) + SESSION_HOURS * 3600))
    dbh.commit()

    resp = JSONResponse({"status": "ok", "sid": sid, "user": dict(user)})
    resp.set_cookie("SID", sid, max_age=SESSION_HOURS * 3600)
    return resp


@app.get("/logout")
async def logout(request: Request):
    sid = request.cookies.get("SID") or request.query_params.get("sid")
    dbh.execute("DELETE FROM sessions WHERE sid = '%s'" % sid)
    dbh.commit()
    resp = JSONResponse({"status": "ok"})
    resp.delete_cookie("SID")
    return resp


#######################################################################
# posts
#######################################################################

@app.get("/posts")
async def list_posts(request: Request):
    limit = int(request.query_params.get("limit", 20))
    offset = int(request.query_params.get("offset", 0))

    rows = dbh.execute("SELECT posts.*, users.* FROM posts, users "
                       "WHERE posts.author_id = users.id "
                       "ORDER BY posts.created DESC LIMIT %d OFFSET %d" % (limit, offset)).fetchall()
    out = []
    for r in rows:
        post = dict(r)
        post["id"] = r[0]
        n = dbh.execute("SELECT count(*) FROM comments WHERE post_id = %d" % r[0]).fetchone()[0]
        post["num_comments"] = n
        out.append(post)
    return {"status": "ok", "posts": out}


@app.get("/posts/{id}")
async def show_post(id):
    row = dbh.execute("SELECT posts.*, users.username FROM posts, users "
                      "WHERE posts.author_id = users.id AND posts.id = %s" % id).fetchone()
    if not row:
        return err(404, "no such post")
    return {"status": "ok", "post": dict(row)}


@app.post("/posts")
async def new_post(request: Request):
    user = current_user(request)
    if not user:
        return err(401, "login first")
    p = await get_params(request)
    title = p.get("title", "")
    body = p.get("body", "")
    if title == "":
        return err(400, "title required")

    now = int(time.time())
    cur = dbh.execute("INSERT INTO posts (author_id, title, body, created, modified) "
                      "VALUES (%d, '%s', '%s', %d, %d)" % (user["id"], title, body, now, now))
    dbh.commit()
    logit("post %d by %s" % (cur.lastrowid, user["username"]))
    return {"status": "ok", "id": cur.lastrowid}


@app.post("/posts/{id}/edit")
async def edit_post(id, request: Request):
    user = current_user(request)
    if not user:
        return err(401, "login first")
    post = dbh.execute("SELECT * FROM posts WHERE id = %s" % id).fetchone()
    if not post:
        return err(404, "no such post")
    if post["author_id"] != user["id"]:
        return err(403, "not your post")

    p = await get_params(request)
    title = p.get("title", post["title"])
    body = p.get("body", post["body"])
    dbh.execute("UPDATE posts SET title = '%s', body = '%s', modified = %d WHERE id = %s"
                % (title, body, time.time(), id))
    dbh.commit()
    return {"status": "ok"}


@app.post("/posts/{id}/delete")
async def delete_post(id, request: Request):
    user = current_user(request)
    if not user:
        return err(401, "login first")
    dbh.execute("DELETE FROM posts WHERE id = %s" % id)
    dbh.execute("DELETE FROM comments WHERE post_id = %s" % id)
    dbh.commit()
    logit("post %s deleted by %s" % (id, user["username"]))
    return {"status": "ok"}


#######################################################################
# comments
#######################################################################

@app.get("/posts/{id}/comments")
async def list_comments(id):
    rows = dbh.execute("SELECT comments.*, users.username FROM comments, users "
                       "WHERE comments.user_id = users.id AND post_id = %s "
                       "ORDER BY comments.created" % id).fetchall()
    return {"status": "ok", "comments": [dict(r) for r in rows]}


@app.post("/posts/{id}/comments")
async def add_comment(id, request: Request):
    user = current_user(request)
    if not user:
        return err(401, "login first")
    p = await get_params(request)
    body = p.get("body", "")
    if body == "":
        return err(400, "empty comment")

    cur = dbh.execute("INSERT INTO comments (post_id, user_id, body, created) VALUES (?, ?, ?, ?)",
                      (id, user["id"], body, int(time.time())))
    dbh.commit()
    return {"status": "ok", "id": cur.lastrowid}
