#*****************************************************************
#* PROGRAM-ID.    TODOPGM
#* AUTHOR.        R. KOWALSKI
#* DATE-WRITTEN.  2024-11-02
#* REMARKS.       TODO LIST WEB SERVICE.
#*                USERS SIGN ON, RECEIVE A TOKEN, MAINTAIN TODO RECORDS.
#*                RECORDS ARE KEPT IN FILE TODOFILE.DB (SQLITE).
#*                TESTING PERFORMED MANUALLY WITH CURL, SEE RUN.TXT.
#*----------------------------------------------------------------
#* MAINTENANCE LOG
#*   2024-11-02  RK  INITIAL VERSION
#*   2024-11-03  RK  ADDED UPDATE AND DELETE PARAGRAPHS
#*****************************************************************
import hashlib
import secrets
import sqlite3

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

#*----------------------------------------------------------------
#* WORKING-STORAGE SECTION
#*----------------------------------------------------------------
WS_DB_FILE = "TODOFILE.DB"
WS_TODO_FIELDS = ["TITLE", "DESCRIPTION", "DONE"]
WS_MSG_NO_TOKEN = "NOT SIGNED ON"
WS_MSG_NOT_FOUND = "RECORD NOT FOUND"

app = FastAPI(title="TODOPGM")


#*----------------------------------------------------------------
#* 1000-OPEN-FILES
#*----------------------------------------------------------------
def P1000_OPEN_DB():
    WS_CONN = sqlite3.connect(WS_DB_FILE)
    return WS_CONN


#*----------------------------------------------------------------
#* 1100-DEFINE-FILES
#*----------------------------------------------------------------
def P1100_CREATE_TABLES():
    WS_CONN = P1000_OPEN_DB()
    WS_CUR = WS_CONN.cursor()
    WS_CUR.execute(
        "CREATE TABLE IF NOT EXISTS USERS ("
        "USER_ID INTEGER PRIMARY KEY, "
        "USERNAME TEXT UNIQUE, "
        "PASSWORD TEXT)"
    )
    WS_CUR.execute(
        "CREATE TABLE IF NOT EXISTS TOKENS ("
        "TOKEN TEXT PRIMARY KEY, "
        "USER_ID INTEGER)"
    )
    WS_CUR.execute(
        "CREATE TABLE IF NOT EXISTS TODOS ("
        "TODO_ID INTEGER PRIMARY KEY, "
        "USER_ID INTEGER, "
        "TITLE TEXT, "
        "DESCRIPTION TEXT, "
        "DONE INTEGER)"
    )
    WS_CONN.commit()
    WS_CONN.close()


P1100_CREATE_TABLES()


#*----------------------------------------------------------------
#* 2000-CHECK-TOKEN
#*   RETURNS USER_ID OF SIGNED ON USER, OR 0 WHEN NOT SIGNED ON
#*----------------------------------------------------------------
def P2000_CHECK_TOKEN(REQ):
    WS_HEADER = REQ.headers.get("Authorization", "")
    if WS_HEADER[0:7] != "Bearer ":
        return 0
    WS_TOKEN = WS_HEADER[7:]
    WS_CONN = P1000_OPEN_DB()
    WS_CUR = WS_CONN.cursor()
    WS_CUR.execute("SELECT USER_ID FROM TOKENS WHERE TOKEN = ?", (WS_TOKEN,))
    WS_ROW = WS_CUR.fetchone()
    WS_CONN.close()
    if WS_ROW is None:
        return 0
    return WS_ROW[0]


#*----------------------------------------------------------------
#* 2100-MOVE-ROW-TO-OUTPUT
#*----------------------------------------------------------------
def P2100_MOVE_ROW(WS_ROW):
    WS_OUT = {}
    WS_OUT["id"] = WS_ROW[0]
    WS_OUT["title"] = WS_ROW[2]
    WS_OUT["description"] = WS_ROW[3]
    if WS_ROW[4] == 1:
        WS_OUT["done"] = True
    else:
        WS_OUT["done"] = False
    return WS_OUT


#*----------------------------------------------------------------
#* 3000-SIGN-UP
#*----------------------------------------------------------------
@app.post("/signup")
async def P3000_SIGNUP(REQ: Request):
    WS_BODY = await REQ.json()
    WS_USERNAME = WS_BODY["username"]
    WS_PASSWORD = WS_BODY["password"]
    if WS_USERNAME == "" or WS_PASSWORD == "":
        return JSONResponse(status_code=422, content={"ERROR": "USERNAME AND PASSWORD REQUIRED"})
    WS_HASH = hashlib.sha256(WS_PASSWORD.encode()).hexdigest()
    WS_CONN = P1000_OPEN_DB()
    WS_CUR = WS_CONN.cursor()
    WS_CUR.execute("SELECT COUNT(*) FROM USERS WHERE USERNAME = '" + WS_USERNAME + "'")
    WS_COUNT = WS_CUR.fetchone()[0]
    if WS_COUNT > 0:
        WS_CONN.close()
        return JSONResponse(status_code=400, content={"ERROR": "USERNAME ALREADY EXISTS"})
    WS_CUR.execute("INSERT INTO USERS (USERNAME, PASSWORD) VALUES (?, ?)", (WS_USERNAME, WS_HASH))
    WS_NEW_ID = WS_CUR.lastrowid
    WS_CONN.commit()
    WS_CONN.close()
    return {"id": WS_NEW_ID, "username": WS_USERNAME}


#*----------------------------------------------------------------
#* 3100-SIGN-ON
#*----------------------------------------------------------------
@app.post("/login")
async def P3100_LOGIN(REQ: Request):
    WS_BODY = await REQ.json()
    WS_USERNAME = WS_BODY["username"]
    WS_PASSWORD = WS_BODY["password"]
    WS_HASH = hashlib.sha256(WS_PASSWORD.encode()).hexdigest()
    WS_CONN = P1000_OPEN_DB()
    WS_CUR = WS_CONN.cursor()
    WS_CUR.execute(
        "SELECT USER_ID FROM USERS WHERE USERNAME = '" + WS_USERNAME + "' AND PASSWORD = '" + WS_HASH + "'"
    )
    WS_ROW = WS_CUR.fetchone()
    if WS_ROW is None:
        WS_CONN.close()
        return JSONResponse(status_code=401, content={"ERROR": "INVALID USERNAME OR PASSWORD"})
    WS_TOKEN = secrets.token_hex(32)
    WS_CUR.execute("INSERT INTO TOKENS (TOKEN, USER_ID) VALUES (?, ?)", (WS_TOKEN, WS_ROW[0]))
    WS_CONN.commit()
    WS_CONN.close()
    return {"access_token": WS_TOKEN, "token_type": "bearer"}


#*----------------------------------------------------------------
#* 4000-ADD-TODO
#*----------------------------------------------------------------
@app.post("/todos")
async def P4000_ADD_TODO(REQ: Request):
    WS_USER_ID = P2000_CHECK_TOKEN(REQ)
    if WS_USER_ID == 0:
        return JSONResponse(status_code=401, content={"ERROR": WS_MSG_NO_TOKEN})
    WS_BODY = await REQ.json()
    WS_TITLE = WS_BODY["title"]
    WS_DESCRIPTION = WS_BODY.get("description", "")
    WS_DONE = 0
    if WS_BODY.get("done") == True:
        WS_DONE = 1
    WS_CONN = P1000_OPEN_DB()
    WS_CUR = WS_CONN.cursor()
    WS_CUR.execute(
        "INSERT INTO TODOS (USER_ID, TITLE, DESCRIPTION, DONE) VALUES (?, ?, ?, ?)",
        (WS_USER_ID, WS_TITLE, WS_DESCRIPTION, WS_DONE),
    )
    WS_NEW_ID = WS_CUR.lastrowid
    WS_CONN.commit()
    WS_CONN.close()
    return {"id": WS_NEW_ID, "title": WS_TITLE, "description": WS_DESCRIPTION, "done": WS_DONE == 1}


#*----------------------------------------------------------------
#* 5000-LIST-TODOS
#*   READ ALL TODO KEYS FOR THE USER, THEN READ EACH RECORD
#*----------------------------------------------------------------
@app.get("/todos")
async def P5000_LIST_TODOS(REQ: Request):
    WS_USER_ID = P2000_CHECK_TOKEN(REQ)
    if WS_USER_ID == 0:
        return JSONResponse(status_code=401, content={"ERROR": WS_MSG_NO_TOKEN})
    WS_CONN = P1000_OPEN_DB()
    WS_CUR = WS_CONN.cursor()
    WS_CUR.execute("SELECT TODO_ID FROM TODOS WHERE USER_ID = ? ORDER BY TODO_ID", (WS_USER_ID,))
    WS_KEYS = WS_CUR.fetchall()
    WS_TABLE = []
    WS_IDX = 0
    while WS_IDX < len(WS_KEYS):
        WS_CUR.execute("SELECT * FROM TODOS WHERE TODO_ID = ?", (WS_KEYS[WS_IDX][0],))
        WS_ROW = WS_CUR.fetchone()
        WS_TABLE.append(P2100_MOVE_ROW(WS_ROW))
        WS_IDX = WS_IDX + 1
    WS_CONN.close()
    return {"count": len(WS_TABLE), "todos": WS_TABLE}


#*----------------------------------------------------------------
#* 5100-READ-TODO
#*----------------------------------------------------------------
@app.get("/todos/{todo_id}")
async def P5100_READ_TODO(todo_id, REQ: Request):
    WS_USER_ID = P2000_CHECK_TOKEN(REQ)
    if WS_USER_ID == 0:
        return JSONResponse(status_code=401, content={"ERROR": WS_MSG_NO_TOKEN})
    WS_CONN = P1000_OPEN_DB()
    WS_CUR = WS_CONN.cursor()
    WS_CUR.execute("SELECT * FROM TODOS WHERE TODO_ID = ?", (todo_id,))
    WS_ROW = WS_CUR.fetchone()
    WS_CONN.close()
    if WS_ROW is None:
        return JSONResponse(status_code=404, content={"ERROR": WS_MSG_NOT_FOUND})
    if WS_ROW[1] != WS_USER_ID:
        return JSONResponse(status_code=404, content={"ERROR": WS_MSG_NOT_FOUND})
    return P2100_MOVE_ROW(WS_ROW)


#*----------------------------------------------------------------
#* 6000-UPDATE-TODO
#*   ONLY FIELDS PRESENT IN THE REQUEST ARE CHANGED
#*----------------------------------------------------------------
@app.put("/todos/{todo_id}")
async def P6000_UPDATE_TODO(todo_id, REQ: Request):
    WS_USER_ID = P2000_CHECK_TOKEN(REQ)
    if WS_USER_ID == 0:
        return JSONResponse(status_code=401, content={"ERROR": WS_MSG_NO_TOKEN})
    WS_BODY = await REQ.json()
    WS_CONN = P1000_OPEN_DB()
    WS_CUR = WS_CONN.cursor()
    WS_CUR.execute("SELECT * FROM TODOS WHERE TODO_ID = ?", (todo_id,))
    WS_ROW = WS_CUR.fetchone()
    if WS_ROW is None or WS_ROW[1] != WS_USER_ID:
        WS_CONN.close()
        return JSONResponse(status_code=404, content={"ERROR": WS_MSG_NOT_FOUND})
    WS_SET_LIST = []
    WS_VALUES = []
    for WS_FIELD in WS_TODO_FIELDS:
        if WS_FIELD.lower() in WS_BODY:
            WS_SET_LIST.append(WS_FIELD + " = ?")
            WS_VALUES.append(WS_BODY[WS_FIELD.lower()])
    if len(WS_SET_LIST) > 0:
        WS_VALUES.append(todo_id)
        WS_CUR.execute("UPDATE TODOS SET " + ", ".join(WS_SET_LIST) + " WHERE TODO_ID = ?", WS_VALUES)
        WS_CONN.commit()
    WS_CUR.execute("SELECT * FROM TODOS WHERE TODO_ID = ?", (todo_id,))
    WS_ROW = WS_CUR.fetchone()
    WS_CONN.close()
    return P2100_MOVE_ROW(WS_ROW)


#*----------------------------------------------------------------
#* 7000-DELETE-TODO
#*----------------------------------------------------------------
@app.delete("/todos/{todo_id}")
async def P7000_DELETE_TODO(todo_id, REQ: Request):
    WS_USER_ID = P2000_CHECK_TOKEN(REQ)
    if WS_USER_ID == 0:
        return JSONResponse(status_code=401, content={"ERROR": WS_MSG_NO_TOKEN})
    WS_CONN = P1000_OPEN_DB()
    WS_CUR = WS_CONN.cursor()
    WS_CUR.execute("DELETE FROM TODOS WHERE TODO_ID = ?", (todo_id,))
    WS_CONN.commit()
    WS_CONN.close()
    return {"STATUS": "DELETED"}
