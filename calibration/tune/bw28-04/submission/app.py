import os
import uuid
import hashlib
import logging
from datetime import datetime

import pandas as pd
from fastapi import FastAPI, Request, HTTPException, Header

logging.basicConfig(level=logging.INFO)
log = logging.getLogger(__name__)

CONFIG = {
    "data_dir": os.environ.get("TODO_DATA_DIR", "data"),
    "users_file": "users.csv",
    "todos_file": "todos.csv",
}

USERS_PATH = os.path.join(CONFIG["data_dir"], CONFIG["users_file"])
TODOS_PATH = os.path.join(CONFIG["data_dir"], CONFIG["todos_file"])

USER_COLS = ["user_id", "username", "password_hash", "created_at"]
TODO_COLS = ["id", "user_id", "title", "description", "done", "created_at", "updated_at"]

# token -> user_id
SESSIONS = {}

app = FastAPI()


def init_storage():
    os.makedirs(CONFIG["data_dir"], exist_ok=True)
    if not os.path.exists(USERS_PATH):
        pd.DataFrame(columns=USER_COLS).to_csv(USERS_PATH, index=False)
    if not os.path.exists(TODOS_PATH):
        pd.DataFrame(columns=TODO_COLS).to_csv(TODOS_PATH, index=False)


init_storage()


def load_users():
    return pd.read_csv(USERS_PATH)


def load_todos():
    df = pd.read_csv(TODOS_PATH)
    return df


def write_df(df, path):
    df.to_csv(path, index=False)
    log.info("wrote %s rows to %s", len(df), path)


def hash_password(pw):
    return hashlib.sha256(pw.encode()).hexdigest()


def clean(df):
    # NaN is not valid json
    return df.fillna("").to_dict(orient="records")


def current_user(authorization):
    if not authorization:
        raise HTTPException(status_code=401, detail="missing token")
    token = authorization.replace("Bearer ", "")
    if token not in SESSIONS:
        raise HTTPException(status_code=401, detail="invalid token")
    return SESSIONS[token]


@app.post("/signup")
async def signup(request: Request):
    body = await request.json()
    users = load_users()

    if body["username"] in users["username"].values:
        raise HTTPException(status_code=400, detail="username already exists")

    new_id = 1 if users.empty else int(users["user_id"].max()) + 1
    row = {
        "user_id": new_id,
        "username": body["username"],
        "password_hash": hash_password(body["password"]),
        "created_at": datetime.now().isoformat(),
    }
    users = pd.concat([users, pd.DataFrame([row])], ignore_index=True)
    write_df(users, USERS_PATH)
    return row


@app.post("/login")
async def login(request: Request):
    body = await request.json()
    users = load_users()
    match = users[(users["username"] == body.get("username")) & (users["password_hash"] == hash_password(body.get("password", "")))]
    if match.empty:
        raise HTTPException(status_code=401, detail="wrong username or password")

    token = str(uuid.uuid4())
    SESSIONS[token] = int(match.iloc[0]["user_id"])
    return {"token": token}


@app.get("/users")
async def list_users():
    # debug
    return clean(load_users())


@app.get("/todos")
async def list_todos(limit: int = 100, offset: int = 0, authorization: str = Header(None)):
    user_id = current_user(authorization)
    df = load_todos()
    df = df[df["user_id"] == user_id]
    df = df.sort_values("id").iloc[offset : offset + limit]
    return clean(df)


@app.post("/todos")
async def create_todo(request: Request, authorization: str = Header(None)):
    user_id = current_user(authorization)
    body = await request.json()
    df = load_todos()

    now = datetime.now().isoformat()
    row = {
        "id": len(df) + 1,
        "user_id": user_id,
        "title": body.get("title"),
        "description": body.get("description"),
        "done": body.get("done", False),
        "created_at": now,
        "updated_at": now,
    }
    df = pd.concat([df, pd.DataFrame([row])], ignore_index=True)
    write_df(df, TODOS_PATH)
    return row


@app.get("/todos/{todo_id}")
async def get_todo(todo_id: int, authorization: str = Header(None)):
    current_user(authorization)
    df = load_todos()
    todo = df[df["id"] == todo_id]
    if todo.empty:
        raise HTTPException(status_code=404, detail="todo not found")
    return clean(todo)[0]


@app.put("/todos/{todo_id}")
async def update_todo(todo_id: int, request: Request, authorization: str = Header(None)):
    user_id = current_user(authorization)
    body = await request.json()
    df = load_todos()

    mask = (df["id"] == todo_id) & (df["user_id"] == user_id)
    if not mask.any():
        raise HTTPException(status_code=404, detail="todo not found")

    for col, val in body.items():
        df.loc[mask, col] = val
    df.loc[mask, "updated_at"] = datetime.now().isoformat()
    write_df(df, TODOS_PATH)
    return clean(df[mask])[0]


@app.delete("/todos/{todo_id}")
async def delete_todo(todo_id: int, authorization: str = Header(None)):
    current_user(authorization)
    df = load_todos()
    before = len(df)
    df = df[df["id"] != todo_id]
    write_df(df, TODOS_PATH)
    return {"deleted": before - len(df)}
