# ****************************************************************
# * PROGRAM-ID.  TODOAPI                                         *
# * AUTHOR.      R. HALVORSEN                                    *
# * PURPOSE.     MULTI-USER TODO LIST SERVICE (REST / JSON)      *
# *                                                              *
# * MAINTENANCE LOG                                              *
# *   V1.0  INITIAL VERSION                                      *
# *   V1.1  ADDED PAGING (LIMIT/OFFSET)                          *
# *   V1.2  SESSION TOKENS EXPIRE AFTER ONE SHIFT                *
# ****************************************************************
import hashlib
import os
import secrets
import sqlite3
from datetime import datetime, timedelta

from fastapi import FastAPI, Header, HTTPException, Response

import dbio
from recdefs import (
    DONE_NO,
    DONE_YES,
    PAGE_LIMIT_DEFAULT,
    PAGE_LIMIT_MAX,
    SESSION_HOURS,
    LoginRecord,
    SignupRecord,
    TodoInRecord,
    TodoListRecord,
    TodoOutRecord,
    TokenOutRecord,
    UserOutRecord,
)

app = FastAPI(
    title="TODOAPI",
    version="1.2",
    description="Multi-user todo lists. Login gives a session token; "
    "send it as 'Authorization: Bearer <token>'.",
)


# ================================================================
# WORKING-STORAGE SECTION / UTILITY PARAGRAPHS
# ================================================================

def CURRENT_TIMESTAMP():
    return datetime.now().isoformat()


def HASH_PASSWORD(salt, password):
    return hashlib.sha256((salt + password).encode("utf-8")).hexdigest()


def MOVE_TODO_TO_OUTPUT(row):
    return {
        "id": row["TODO_ID"],
        "title": row["TITLE"],
        "description": row["DESCR"],
        "done": row["DONE_FLAG"] == DONE_YES,
        "created_at": row["CREATED_AT"],
        "updated_at": row["UPDATED_AT"],
    }


def VALIDATE_SESSION(conn, authorization):
    # RETURNS USER_ID OR RAISES 401
    if authorization is None:
        raise HTTPException(status_code=401, detail="NO AUTHORIZATION HEADER")
    token = authorization.split(" ")[1]

    # HOUSEKEEPING: PURGE EXPIRED SESSIONS
    conn.execute("DELETE FROM SESSIONS WHERE EXPIRES_AT < ?", (CURRENT_TIMESTAMP(),))
    conn.commit()

    row = conn.execute(
        "SELECT USER_ID FROM SESSIONS WHERE TOKEN = ?", (token,)
    ).fetchone()
    if row is None:
        raise HTTPException(status_code=401, detail="INVALID OR EXPIRED TOKEN")
    return row["USER_ID"]


def READ_TODO_RECORD(conn, todo_id):
    row = conn.execute("SELECT * FROM TODO WHERE TODO_ID = ?", (todo_id,)).fetchone()
    if row is None:
        raise HTTPException(status_code=404, detail="TODO RECORD NOT FOUND")
    return row


def NEXT_TODO_ID(conn):
    row = conn.execute("SELECT MAX(TODO_ID) AS MAXID FROM TODO").fetchone()
    if row["MAXID"] is None:
        return 1
    return row["MAXID"] + 1


# ================================================================
# PROCEDURE DIVISION
# ================================================================

@app.on_event("startup")
def STARTUP():
    dbio.INIT_DB()


# ---- 1000-SIGNUP ------------------------------------------------
@app.post("/signup", status_code=201, response_model=UserOutRecord)
def signup(rec: SignupRecord):
    """CREATE A NEW USER ACCOUNT."""
    conn = dbio.OPEN_DB()
    salt = os.urandom(8).hex()
    try:
        cur = conn.execute(
            "INSERT INTO USERS (USERNAME, PW_SALT, PW_HASH, CREATED_AT) VALUES (?, ?, ?, ?)",
            (rec.username, salt, HASH_PASSWORD(salt, rec.password), CURRENT_TIMESTAMP()),
        )
    except sqlite3.IntegrityError:
        dbio.CLOSE_DB(conn)
        raise HTTPException(status_code=409, detail="USERNAME ALREADY EXISTS")
    user_id = cur.lastrowid
    dbio.CLOSE_DB(conn)
    print("*** SIGNUP OK USER_ID=" + str(user_id))
    return {"user_id": user_id, "username": rec.username}


# ---- 2000-LOGIN -------------------------------------------------
@app.post("/login", response_model=TokenOutRecord)
def login(rec: LoginRecord):
    """CHECK USERNAME/PASSWORD AND ISSUE A SESSION TOKEN."""
    conn = dbio.OPEN_DB()
    row = conn.execute(
        "SELECT USER_ID, PW_SALT, PW_HASH FROM USERS WHERE USERNAME = ?", (rec.username,)
    ).fetchone()
    if row is None or HASH_PASSWORD(row["PW_SALT"], rec.password) != row["PW_HASH"]:
        dbio.CLOSE_DB(conn)
        raise HTTPException(status_code=401, detail="INVALID USERNAME OR PASSWORD")

    token = secrets.token_hex(16)
    expires = (datetime.now() + timedelta(hours=SESSION_HOURS)).isoformat()
    conn.execute(
        "INSERT INTO SESSIONS (TOKEN, USER_ID, EXPIRES_AT) VALUES (?, ?, ?)",
        (token, row["USER_ID"], expires),
    )
    dbio.CLOSE_DB(conn)
    return {"access_token": token, "token_type": "bearer", "expires_at": expires}


# ---- 3000-CREATE-TODO -------------------------------------------
@app.post("/todos", status_code=201, response_model=TodoOutRecord)
def create_todo(rec: TodoInRecord, authorization=Header(None)):
    """ADD A TODO RECORD FOR THE LOGGED-IN USER."""
    conn = dbio.OPEN_DB()
    user_id = VALIDATE_SESSION(conn, authorization)
    new_id = NEXT_TODO_ID(conn)
    now = CURRENT_TIMESTAMP()
    done_flag = DONE_YES if rec.done else DONE_NO
    conn.execute(
        "INSERT INTO TODO (TODO_ID, USER_ID, TITLE, DESCR, DONE_FLAG, CREATED_AT, UPDATED_AT)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        (new_id, user_id, rec.title, rec.description, done_flag, now, now),
    )
    row = READ_TODO_RECORD(conn, new_id)
    dbio.CLOSE_DB(conn)
    print("*** TODO CREATED TODO_ID=" + str(new_id) + " USER_ID=" + str(user_id))
    return MOVE_TODO_TO_OUTPUT(row)


# ---- 4000-LIST-TODOS --------------------------------------------
@app.get("/todos", response_model=TodoListRecord)
def list_todos(limit=PAGE_LIMIT_DEFAULT, offset=0, authorization=Header(None)):
    """LIST THE USER'S TODOS. LIMIT 1-100 (DEFAULT 20), OFFSET >= 0."""
    limit = int(limit)
    offset = int(offset)
    if limit < 1 or limit > PAGE_LIMIT_MAX:
        raise HTTPException(status_code=422, detail="LIMIT MUST BE 1 TO 100")
    if offset < 0:
        raise HTTPException(status_code=422, detail="OFFSET MUST NOT BE NEGATIVE")

    conn = dbio.OPEN_DB()
    user_id = VALIDATE_SESSION(conn, authorization)

    # SEQUENTIAL READ OF TODO TABLE, SKIP OTHER USERS AND FIRST <OFFSET> RECORDS
    rows = conn.execute("SELECT * FROM TODO ORDER BY TODO_ID").fetchall()
    items = []
    skipped = 0
    for row in rows:
        if row["USER_ID"] != user_id:
            continue
        if skipped < offset:
            skipped = skipped + 1
            continue
        if len(items) >= limit:
            break
        items.append(MOVE_TODO_TO_OUTPUT(row))
    dbio.CLOSE_DB(conn)
    return {"count": len(items), "limit": limit, "offset": offset, "items": items}


# ---- 5000-READ-TODO ---------------------------------------------
@app.get("/todos/{todo_id}", response_model=TodoOutRecord)
def get_todo(todo_id: int, authorization=Header(None)):
    """READ ONE TODO RECORD BY KEY."""
    conn = dbio.OPEN_DB()
    VALIDATE_SESSION(conn, authorization)
    row = READ_TODO_RECORD(conn, todo_id)
    dbio.CLOSE_DB(conn)
    return MOVE_TODO_TO_OUTPUT(row)


# ---- 6000-UPDATE-TODO -------------------------------------------
@app.put("/todos/{todo_id}", response_model=TodoOutRecord)
def update_todo(todo_id: int, rec: TodoInRecord, authorization=Header(None)):
    """REWRITE A TODO RECORD (ALL FIELDS)."""
    conn = dbio.OPEN_DB()
    VALIDATE_SESSION(conn, authorization)
    READ_TODO_RECORD(conn, todo_id)
    done_flag = DONE_YES if rec.done else DONE_NO
    conn.execute(
        "UPDATE TODO SET TITLE = ?, DESCR = ?, DONE_FLAG = ?, UPDATED_AT = ? WHERE TODO_ID = ?",
        (rec.title, rec.description, done_flag, CURRENT_TIMESTAMP(), todo_id),
    )
    row = READ_TODO_RECORD(conn, todo_id)
    dbio.CLOSE_DB(conn)
    return MOVE_TODO_TO_OUTPUT(row)


# ---- 7000-DELETE-TODO -------------------------------------------
@app.delete("/todos/{todo_id}", status_code=204)
def delete_todo(todo_id: int, authorization=Header(None)):
    """DELETE A TODO RECORD. ONLY THE OWNER MAY DELETE."""
    conn = dbio.OPEN_DB()
    user_id = VALIDATE_SESSION(conn, authorization)
    cur = conn.execute(
        "DELETE FROM TODO WHERE TODO_ID = ? AND USER_ID = ?", (todo_id, user_id)
    )
    if cur.rowcount == 0:
        dbio.CLOSE_DB(conn)
        raise HTTPException(status_code=404, detail="TODO RECORD NOT FOUND")
    dbio.CLOSE_DB(conn)
    print("*** TODO DELETED TODO_ID=" + str(todo_id))
    return Response(status_code=204)
