#!/usr/bin/env python3
#
# todo.py - todo list web service
#
# run:  uvicorn todo:app --host 0.0.0.0 --port 8080
#

import sqlite3, hashlib, base64, time, os
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

DBFILE = "/var/tmp/todo.db"
SECRET = "s3cr3t-t0d0-k3y"

app = FastAPI(docs_url=None, redoc_url=None, openapi_url=None)


def db():
    dbh = sqlite3.connect(DBFILE)
    dbh.row_factory = sqlite3.Row
    return dbh


def setup():
    dbh = db()
    dbh.executescript("""
    CREATE TABLE IF NOT EXISTS users (uid INTEGER PRIMARY KEY, login TEXT UNIQUE, pass TEXT);
    CREATE TABLE IF NOT EXISTS todo (id INTEGER PRIMARY KEY, uid INTEGER, title TEXT, descr TEXT, done INTEGER DEFAULT 0);
    """)
    dbh.commit()
    dbh.close()

setup()


def mktoken(login):
    sig = hashlib.md5((login + SECRET).encode()).hexdigest()
    return base64.b64encode((login + ":" + sig).encode()).decode()


def whoami(req):
    h = req.headers.get("authorization", "")
    if not h.startswith("Bearer "):
        return None
    try:
        login, sig = base64.b64decode(h[7:]).decode().split(":")
    except Exception:
        return None
    if hashlib.md5((login + SECRET).encode()).hexdigest() != sig:
        return None
    dbh = db()
    row = dbh.execute("SELECT uid FROM users WHERE login = '%s'" % login).fetchone()
    dbh.close()
    if row:
        return row["uid"]
    return None


def err(code, msg):
    return JSONResponse({"error": msg}, status_code=code)


@app.post("/register")
async def register(req: Request):
    d = await req.json()
    login = d.get("username")
    pw = d.get("password")
    if not login or not pw:
        return err(400, "need username and password")
    dbh = db()
    try:
        dbh.execute("INSERT INTO users (login, pass) VALUES ('%s', '%s')" % (login, hashlib.md5(pw.encode()).hexdigest()))
        dbh.commit()
    except sqlite3.IntegrityError:
        return err(400, "user exists")
    finally:
        dbh.close()
    return {"ok": 1}


@app.post("/login")
async def login(req: Request):
    d = await req.json()
    login = d.get("username", "")
    pw = d.get("password", "")
    dbh = db()
    row = dbh.execute("SELECT * FROM users WHERE login = '%s' AND pass = '%s'" % (login, hashlib.md5(pw.encode()).hexdigest())).fetchone()
    dbh.close()
    if not row:
        return err(401, "bad login")
    return {"token": mktoken(login)}


@app.get("/todo")
def list_todo(req: Request):
    uid = whoami(req)
    if not uid:
        return err(401, "not logged in")
    dbh = db()
    rows = dbh.execute("SELECT * FROM todo WHERE uid = %d ORDER BY id" % uid).fetchall()
    dbh.close()
    return [dict(r) for r in rows]


@app.post("/todo")
async def add_todo(req: Request):
    uid = whoami(req)
    if not uid:
        return err(401, "not logged in")
    d = await req.json()
    dbh = db()
    cur = dbh.execute("INSERT INTO todo (uid, title, descr, done) VALUES (%d, '%s', '%s', %d)"
                      % (uid, d.get("title"), d.get("description", ""), d.get("done", 0)))
    dbh.commit()
    id = cur.lastrowid
    dbh.close()
    return {"id": id}


@app.get("/todo/{id}")
def get_todo(id, req: Request):
    uid = whoami(req)
    if not uid:
        return err(401, "not logged in")
    dbh = db()
    row = dbh.execute("SELECT * FROM todo WHERE id = %s" % id).fetchone()
    dbh.close()
    if not row:
        return err(404, "no such todo")
    return dict(row)


@app.put("/todo/{id}")
async def upd_todo(id, req: Request):
    uid = whoami(req)
    if not uid:
        return err(401, "not logged in")
    d = await req.json()
    sets = []
    for k in d:
        v = d[k]
        if k == "description":
            k = "descr"
        sets.append("%s = '%s'" % (k, v))
    dbh = db()
    dbh.execute("UPDATE todo SET %s WHERE id = %s AND uid = %d" % (", ".join(sets), id, uid))
    dbh.commit()
    dbh.close()
    return {"ok": 1}


@app.delete("/todo/{id}")
def del_todo(id, req: Request):
    uid = whoami(req)
    if not uid:
        return err(401, "not logged in")
    dbh = db()
    dbh.execute("DELETE FROM todo WHERE id = %s AND uid = %d" % (id, uid))
    dbh.commit()
    dbh.close()
    return {"ok": 1}
