"""Todo API.

Storage: two pandas DataFrames kept in memory (users, todos) and written back to CSV
after every change, so the data survives restarts and can be opened in Excel / a notebook.
"""
import hashlib
import os
import time
from datetime import datetime, timedelta

import jwt
import pandas as pd
from fastapi import Depends, FastAPI, HTTPException, Request
from fastapi.security import OAuth2PasswordBearer, OAuth2PasswordRequestForm
from pydantic import BaseModel

DATA_DIR = os.environ.get("TODO_DATA_DIR", "data")
USERS_CSV = os.path.join(DATA_DIR, "users.csv")
TODOS_CSV = os.path.join(DATA_DIR, "todos.csv")

SECRET_KEY = os.environ.get("SECRET_KEY", "dev-secret-change-me")
ALGORITHM = "HS256"
TOKEN_HOURS = 12

USER_COLUMNS = ["id", "username", "password_hash", "created_at"]
TODO_COLUMNS = ["id", "owner", "title", "description", "done", "created_at"]

os.makedirs(DATA_DIR, exist_ok=True)


def load_df(path, columns):
    if os.path.exists(path):
        return pd.read_csv(path)
    return pd.DataFrame(columns=columns)


USERS_DF = load_df(USERS_CSV, USER_COLUMNS)
TODOS_DF = load_df(TODOS_CSV, TODO_COLUMNS)


def save_users():
    USERS_DF.to_csv(USERS_CSV, index=False)


def save_todos():
    TODOS_DF.to_csv(TODOS_CSV, index=False)


def df_to_records(df):
    # NaN -> None so the JSON is valid
    clean = df.astype(object).where(df.notna(), None)
    return clean.to_dict(orient="records")


def next_id(df):
    if len(df) == 0:
        return 1
    return int(df["id"].max()) + 1


def hash_password(password):
    return hashlib.sha256(password.encode("utf-8")).hexdigest()


def make_token(username):
    payload = {"sub": username, "exp": datetime.utcnow() + timedelta(hours=TOKEN_HOURS)}
    return jwt.encode(payload, SECRET_KEY, algorithm=ALGORITHM)


# ---------------------------------------------------------------- models

class SignupIn(BaseModel):
    username: str
    password: str


class TodoIn(BaseModel):
    title: str
    description: str | None = None
    done: bool = False


class TodoOut(BaseModel):
    id: int
    title: str
    description: str | None = None
    done: bool
    created_at: str


class Stats(BaseModel):
    total: int
    done: int
    open: int
    completion_rate: float


# ---------------------------------------------------------------- app

app = FastAPI(title="Todo API (pandas edition)")
oauth2_scheme = OAuth2PasswordBearer(tokenUrl="login")


async def current_user(token: str = Depends(oauth2_scheme)):
    try:
        payload = jwt.decode(token, SECRET_KEY, algorithms=[ALGORITHM])
    except jwt.PyJWTError:
        raise HTTPException(status_code=401, detail="Invalid token")
    username = payload.get("sub")
    matches = USERS_DF[USERS_DF["username"] == username]
    if matches.empty:
        raise HTTPException(status_code=401, detail="User not found")
    return username


@app.post("/signup", status_code=201)
async def signup(user: SignupIn):
    """Create a new account."""
    global USERS_DF
    if (USERS_DF["username"] == user.username).any():
        raise HTTPException(status_code=400, detail="Username already exists")
    row = {
        "id": next_id(USERS_DF),
        "username": user.username,
        "password_hash": hash_password(user.password),
        "created_at": datetime.utcnow().isoformat(),
    }
    USERS_DF = pd.concat([USERS_DF, pd.DataFrame([row])], ignore_index=True)
    save_users()
    return row


@app.post("/login")
async def login(form: OAuth2PasswordRequestForm = Depends()):
    """Log in with username + password (form fields), returns a bearer token."""
    matches = USERS_DF[
        (USERS_DF["username"] == form.username)
        & (USERS_DF["password_hash"] == hash_password(form.password))
    ]
    if matches.empty:
        time.sleep(1)  # slow down brute force attempts
        raise HTTPException(status_code=401, detail="Wrong username or password")
    return {"access_token": make_token(form.username), "token_type": "bearer"}


@app.get("/todos", response_model=list[TodoOut])
async def list_todos(limit: int = 20, offset: int = 0, username: str = Depends(current_user)):
    """List my todos, oldest first. `limit` must be between 1 and 100."""
    if limit < 1 or limit > 100:
        raise HTTPException(status_code=400, detail="limit must be between 1 and 100")
    mine = TODOS_DF[TODOS_DF["owner"] == username].sort_values("created_at")
    page = mine.iloc[offset : offset + limit]
    return df_to_records(page)


@app.get("/todos/stats", response_model=Stats)
async def todo_stats(username: str = Depends(current_user)):
    """Summary numbers for my todos."""
    summary = TODOS_DF.groupby("owner")["done"].agg(["count", "sum"])
    if username not in summary.index:
        return Stats(total=0, done=0, open=0, completion_rate=0.0)
    total = int(summary.loc[username, "count"])
    done = int(summary.loc[username, "sum"])
    return Stats(total=total, done=done, open=total - done, completion_rate=round(done / total, 3))


@app.post("/todos", status_code=201, response_model=TodoOut)
async def create_todo(todo: TodoIn, username: str = Depends(current_user)):
    """Create a todo."""
    global TODOS_DF
    row = {
        "id": next_id(TODOS_DF),
        "owner": username,
        "title": todo.title,
        "description": todo.description,
        "done": todo.done,
        "created_at": datetime.utcnow().isoformat(),
    }
    TODOS_DF = pd.concat([TODOS_DF, pd.DataFrame([row])], ignore_index=True)
    save_todos()
    return row


@app.get("/todos/{todo_id}", response_model=TodoOut)
async def get_todo(todo_id: int, username: str = Depends(current_user)):
    """Get one of my todos."""
    row = TODOS_DF[(TODOS_DF["id"] == todo_id) & (TODOS_DF["owner"] == username)]
    if row.empty:
        raise HTTPException(status_code=404, detail="Todo not found")
    return df_to_records(row)[0]


@app.put("/todos/{todo_id}", response_model=TodoOut)
async def update_todo(todo_id: int, request: Request, username: str = Depends(current_user)):
    """Update fields of a todo. Send only the fields you want to change."""
    data = await request.json()
    mask = (TODOS_DF["id"] == todo_id) & (TODOS_DF["owner"] == username)
    if not mask.any():
        raise HTTPException(status_code=404, detail="Todo not found")
    for col, value in data.items():
        if col in TODOS_DF.columns:
            TODOS_DF.loc[mask, col] = value
    save_todos()
    return df_to_records(TODOS_DF[mask])[0]


@app.delete("/todos/{todo_id}", status_code=204)
async def delete_todo(todo_id: int, username: str = Depends(current_user)):
    """Delete a todo."""
    global TODOS_DF
    mask = (TODOS_DF["id"] == todo_id) & (TODOS_DF["owner"] == username)
    if not mask.any():
        raise HTTPException(status_code=404, detail="Todo not found")
    TODOS_DF = TODOS_DF[~mask].reset_index(drop=True)
    save_todos()
