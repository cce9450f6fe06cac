# ============================================================
#  TodoServer - main.py
#  Todo list server (REST)
#  Version 1.0
#
#  Unit layout:
#    1. Constants
#    2. Global variables
#    3. Database procedures
#    4. Security procedures
#    5. Helper procedures
#    6. Events (startup)
#    7. Account endpoints
#    8. Todo endpoints
#    9. Main
# ============================================================

import sqlite3
import hashlib
import base64
import datetime

import uvicorn
from fastapi import FastAPI, Request, HTTPException, Header


# ============================================================
#  1. Constants
# ============================================================
DB_FILE = "todo.db"
SECRET_KEY = "TodoServer2024!Secret"
DEFAULT_PAGE_SIZE = 20
APP_VERSION = "1.0"
APP_NAME = "TodoServer"

# fields the client is allowed to change on a todo
ALLOWED_FIELDS = ("title", "description", "done")

RESULT_OK = "OK"
RESULT_ERROR = "ERROR"


# ============================================================
#  2. Global variables
# ============================================================
conn = sqlite3.connect(DB_FILE, check_same_thread=False)
conn.row_factory = sqlite3.Row
cur = conn.cursor()

dtStartTime = datetime.datetime.now()
iRequestCount = 0

app = FastAPI(title=APP_NAME, version=APP_VERSION)


# ============================================================
#  3. Database procedures
# ============================================================
def InitDatabase():
    cur.execute(
        "CREATE TABLE IF NOT EXISTS users ("
        " id INTEGER PRIMARY KEY AUTOINCREMENT,"
        " username TEXT NOT NULL UNIQUE,"
        " password TEXT NOT NULL,"
        " created TEXT)"
    )
    cur.execute(
        "CREATE TABLE IF NOT EXISTS todos ("
        " id INTEGER PRIMARY KEY AUTOINCREMENT,"
        " owner_id INTEGER NOT NULL,"
        " title TEXT NOT NULL,"
        " description TEXT,"
        " done INTEGER DEFAULT 0,"
        " created TEXT,"
        " modified TEXT)"
    )
    conn.commit()


def GetUserId(sUsername):
    cur.execute("SELECT id FROM users WHERE username = ?", (sUsername,))
    row = cur.fetchone()
    if row is None:
        return 0
    return row["id"]


def GetUserName(iUserId):
    cur.execute("SELECT username FROM users WHERE id = ?", (iUserId,))
    row = cur.fetchone()
    if row is None:
        return ""
    return row["username"]


def GetTodoRow(iTodoId, iUserId):
    cur.execute(
        "SELECT * FROM todos WHERE id = ? AND owner_id = ?", (iTodoId, iUserId)
    )
    return cur.fetchone()


def NowString():
    return datetime.datetime.now().strftime("%Y-%m-%d %H:%M:%S")


# ============================================================
#  4. Security procedures
# ============================================================
def HashPassword(sPassword):
    return hashlib.md5(sPassword.encode("utf-8")).hexdigest()


def MakeSignature(sUsername):
    return hashlib.md5((sUsername + SECRET_KEY).encode("utf-8")).hexdigest()


def MakeToken(sUsername):
    sRaw = sUsername + "|" + MakeSignature(sUsername)
    return base64.b64encode(sRaw.encode("utf-8")).decode("utf-8")


def CheckToken(sAuthHeader):
    # returns the user id, raises 401 when the token is not good
    if sAuthHeader is None or sAuthHeader == "":
        raise HTTPException(status_code=401, detail="Not logged in")
    if not sAuthHeader.startswith("Bearer "):
        raise HTTPException(status_code=401, detail="Wrong token")
    sToken = sAuthHeader[7:]
    try:
        sRaw = base64.b64decode(sToken).decode("utf-8")
    except Exception:
        raise HTTPException(status_code=401, detail="Wrong token")
    aParts = sRaw.split("|")
    if len(aParts) != 2:
        raise HTTPException(status_code=401, detail="Wrong token")
    sUsername = aParts[0]
    sSignature = aParts[1]
    if sSignature != MakeSignature(sUsername):
        raise HTTPException(status_code=401, detail="Wrong token")
    iUserId = GetUserId(sUsername)
    if iUserId == 0:
        raise HTTPException(status_code=401, detail="User not found")
    return iUserId


def CheckUser(request):
    return CheckToken(request.headers.get("Authorization"))


# ============================================================
#  5. Helper procedures
# ============================================================
def BoolToInt(bValue):
    if bValue == True or bValue == 1 or bValue == "true":
        return 1
    return 0


def TodoToDict(row):
    dResult = {}
    dResult["id"] = row["id"]
    dResult["title"] = row["title"]
    dResult["description"] = row["description"]
    if row["done"] == 1:
        dResult["done"] = True
    else:
        dResult["done"] = False
    dResult["owner"] = GetUserName(row["owner_id"])
    dResult["created"] = row["created"]
    dResult["modified"] = row["modified"]
    return dResult


def CountRequest():
    global iRequestCount
    iRequestCount = iRequestCount + 1


# ============================================================
#  6. Events
# ============================================================
@app.on_event("startup")
async def FormCreate():
    InitDatabase()
    print(APP_NAME + " " + APP_VERSION + " started at " + NowString())


@app.on_event("shutdown")
async def FormClose():
    conn.commit()
    conn.close()
    print(APP_NAME + " stopped at " + NowString())


@app.get("/")
async def About():
    CountRequest()
    return {
        "name": APP_NAME,
        "version": APP_VERSION,
        "started": dtStartTime.strftime("%Y-%m-%d %H:%M:%S"),
        "requests": iRequestCount,
    }


# ============================================================
#  7. Account endpoints
# ============================================================
@app.post("/signup")
async def Signup(request: Request):
    CountRequest()
    data = await request.json()
    sUsername = data["username"]
    sPassword = data["password"]

    if sUsername == "" or sPassword == "":
        raise HTTPException(status_code=400, detail="Username and password are required")
    if len(sPassword) < 4:
        raise HTTPException(status_code=400, detail="Password too short")

    if GetUserId(sUsername) != 0:
        raise HTTPException(status_code=400, detail="Username already exists")

    cur.execute(
        "INSERT INTO users (username, password, created) VALUES (?, ?, ?)",
        (sUsername, HashPassword(sPassword), NowString()),
    )
    conn.commit()
    iNewId = cur.lastrowid

    return {"result": RESULT_OK, "id": iNewId, "username": sUsername}


@app.post("/login")
async def Login(request: Request):
    CountRequest()
    data = await request.json()
    sUsername = data["username"]
    sHash = HashPassword(data["password"])

    cur.execute(
        f"SELECT * FROM users WHERE username = '{sUsername}' AND password = '{sHash}'"
    )
    row = cur.fetchone()
    if row is None:
        raise HTTPException(status_code=401, detail="Wrong username or password")

    return {"access_token": MakeToken(row["username"]), "token_type": "bearer"}


# ============================================================
#  8. Todo endpoints
# ============================================================
@app.get("/todos")
async def ListTodos(request: Request, limit: int = DEFAULT_PAGE_SIZE, offset: int = 0):
    CountRequest()
    iUserId = CheckUser(request)

    cur.execute("SELECT * FROM todos WHERE owner_id = ? ORDER BY id", (iUserId,))
    rows = cur.fetchall()

    aList = []
    for row in rows[offset:offset + limit]:
        aList.append(TodoToDict(row))

    return {"result": RESULT_OK, "count": len(rows), "todos": aList}


@app.get("/todos/{todo_id}")
async def GetTodo(todo_id: int, request: Request):
    CountRequest()
    iUserId = CheckUser(request)

    row = GetTodoRow(todo_id, iUserId)
    if row is None:
        raise HTTPException(status_code=404, detail="Todo not found")

    return TodoToDict(row)


@app.post("/todos")
async def CreateTodo(request: Request):
    CountRequest()
    iUserId = CheckUser(request)
    data = await request.json()

    try:
        sTitle = data["title"]
        sDescription = data.get("description", "")
        iDone = BoolToInt(data.get("done", False))

        cur.execute(
            "INSERT INTO todos (owner_id, title, description, done, created, modified)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (iUserId, sTitle, sDescription, iDone, NowString(), NowString()),
        )
        conn.commit()
        iNewId = cur.lastrowid
    except Exception as e:
        return {"result": RESULT_ERROR, "message": str(e)}

    row = GetTodoRow(iNewId, iUserId)
    return TodoToDict(row)


@app.put("/todos/{todo_id}")
async def UpdateTodo(todo_id: int, request: Request):
    CountRequest()
    iUserId = CheckUser(request)
    data = await request.json()

    row = GetTodoRow(todo_id, iUserId)
    if row is None:
        raise HTTPException(status_code=404, detail="Todo not found")

    for sField in ALLOWED_FIELDS:
        if sField in data:
            vValue = data[sField]
            if sField == "done":
                vValue = BoolToInt(vValue)
            cur.execute(
                f"UPDATE todos SET {sField} = ? WHERE id = ? AND owner_id = ?",
                (vValue, todo_id, iUserId),
            )

    cur.execute(
        "UPDATE todos SET modified = ? WHERE id = ? AND owner_id = ?",
        (NowString(), todo_id, iUserId),
    )
    conn.commit()

    row = GetTodoRow(todo_id, iUserId)
    return TodoToDict(row)


@app.post("/todos/{todo_id}/done")
async def MarkDone(todo_id: int, request: Request):
    CountRequest()
    iUserId = CheckUser(request)

    row = GetTodoRow(todo_id, iUserId)
    if row is None:
        raise HTTPException(status_code=404, detail="Todo not found")

    cur.execute(
        "UPDATE todos SET done = 1, modified = ? WHERE id = ? AND owner_id = ?",
        (NowString(), todo_id, iUserId),
    )
    conn.commit()
    return {"result": RESULT_OK}


@app.delete("/todos/{todo_id}")
def DeleteTodo(todo_id: int, authorization: str = Header(None)):
    CountRequest()
    iUserId = CheckToken(authorization)

    cur.execute("DELETE FROM todos WHERE id = ?", (todo_id,))
    conn.commit()
    if cur.rowcount == 0:
        raise HTTPException(status_code=404, detail="Todo not found")

    return {"result": RESULT_OK, "deleted": todo_id, "user": iUserId}


# ============================================================
#  9. Main
# ============================================================
if __name__ == "__main__":
    uvicorn.run(app, host="0.0.0.0", port=8000)
