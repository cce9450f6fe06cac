import os
import uuid
from datetime import datetime, timedelta

import pandas as pd
from fastapi import FastAPI, HTTPException, Depends, Request
from fastapi.security import OAuth2PasswordBearer, OAuth2PasswordRequestForm
from jose import jwt, JWTError

from utils import load_df, save_df, hash_pw, df_to_records, now_str

SECRET_KEY = os.environ.get("SECRET_KEY", "supersecret123")
ALGORITHM = "HS256"
TOKEN_EXPIRE_MINUTES = 60 * 24

DATA_DIR = os.environ.get("DATA_DIR", "data")
USERS_CSV = os.path.join(DATA_DIR, "users.csv")
TODOS_CSV = os.path.join(DATA_DIR, "todos.csv")

USER_COLS = ["id", "username", "password_hash", "created_at"]
TODO_COLS = ["id", "user_id", "title", "description", "done", "created_at"]

app = FastAPI(title="Todo API")
oauth2_scheme = OAuth2PasswordBearer(tokenUrl="login")

# the "database": two dataframes, written back to csv on every change
users_df = load_df(USERS_CSV, USER_COLS)
todos_df = load_df(TODOS_CSV, TODO_COLS)


def make_token(username):
    expire = datetime.utcnow() + timedelta(minutes=TOKEN_EXPIRE_MINUTES)
    return jwt.encode({"sub": username, "exp": expire}, SECRET_KEY, algorithm=ALGORITHM)


def find_user(username):
    rows = users_df[users_df["username"] == username]
    if len(rows) == 0:
        return None
    return rows.iloc[0].to_dict()


async def get_current_user(token: str = Depends(oauth2_scheme)):
    try:
        payload = jwt.decode(token, SECRET_KEY, algorithms=[ALGORITHM])
        username = payload.get("sub")
    except JWTError:
        raise HTTPException(status_code=401, detail="Invalid token")
    user = find_user(username)
    if user is None:
        raise HTTPException(status_code=401, detail="User not found")
    return user


@app.get("/")
def root():
    return {"status": "ok", "n_users": len(users_df), "n_todos": len(todos_df)}


@app.post("/signup", status_code=201)
async def signup(request: Request):
    global users_df
    body = await request.json()
    username = body["username"]
    password = body["password"]

    if find_user(username) is not None:
        raise HTTPException(status_code=400, detail="username taken")

    new_row = {
        "id": str(uuid.uuid4()),
        "username": username,
        "password_hash": hash_pw(password),
        "created_at": now_str(),
    }
    users_df = pd.concat([users_df, pd.DataFrame([new_row])], ignore_index=True)
    save_df(users_df, USERS_CSV)
    return {"id": new_row["id"], "username": username}


@app.post("/login")
async def login(form: OAuth2PasswordRequestForm = Depends()):
    user = find_user(form.username)
    if user is None or user["password_hash"] != hash_pw(form.password):
        raise HTTPException(status_code=401, detail="wrong username or password")
    return {"access_token": make_token(form.username), "token_type": "bearer"}


@app.get("/todos")
async def list_todos(limit: int = 50, offset: int = 0, user=Depends(get_current_user)):
    mine = todos_df[todos_df["user_id"] == user["id"]]
    mine = mine.sort_values("created_at")
    page = mine.iloc[offset : offset + limit]
    return {"total": len(mine), "items": df_to_records(page)}


@app.post("/todos", status_code=201)
async def create_todo(request: Request, user=Depends(get_current_user)):
    global todos_df
    body = await request.json()
    todo = {
        "id": str(uuid.uuid4()),
        "user_id": user["id"],
        "title": body["title"],
        "description": body.get("description"),
        "done": body.get("done", False),
        "created_at": now_str(),
    }
    todos_df = pd.concat([todos_df, pd.DataFrame([todo])], ignore_index=True)
    save_df(todos_df, TODOS_CSV)
    return todo


@app.get("/todos/{todo_id}")
async def get_todo(todo_id: str, user=Depends(get_current_user)):
    rows = todos_df[(todos_df["id"] == todo_id) & (todos_df["user_id"] == user["id"])]
    if len(rows) == 0:
        raise HTTPException(status_code=404, detail="todo not found")
    return df_to_records(rows)[0]


@app.put("/todos/{todo_id}")
async def update_todo(todo_id: str, request: Request, user=Depends(get_current_user)):
    global todos_df
    body = await request.json()
    mask = (todos_df["id"] == todo_id) & (todos_df["user_id"] == user["id"])
    if mask.sum() == 0:
        raise HTTPException(status_code=404, detail="todo not found")
    for key, value in body.items():
        todos_df.loc[mask, key] = value
    save_df(todos_df, TODOS_CSV)
    return df_to_records(todos_df[mask])[0]


@app.delete("/todos/{todo_id}")
async def delete_todo(todo_id: str, user=Depends(get_current_user)):
    global todos_df
    mask = (todos_df["id"] == todo_id) & (todos_df["user_id"] == user["id"])
    if mask.sum() == 0:
        raise HTTPException(status_code=404, detail="todo not found")
    todos_df = todos_df[~mask].reset_index(drop=True)
    save_df(todos_df, TODOS_CSV)
    return {"deleted": todo_id}


@app.get("/stats")
async def stats(user=Depends(get_current_user)):
    # little extra: how much of my list is done
    mine = todos_df[todos_df["user_id"] == user["id"]]
    if len(mine) == 0:
        return {"total": 0, "done": 0, "pct_done": 0.0}
    n_done = int(mine["done"].astype(bool).sum())
    return {"total": len(mine), "done": n_done, "pct_done": round(100 * n_done / len(mine), 1)}
