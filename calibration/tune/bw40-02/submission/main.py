# Todo API
# run: uvicorn main:app --reload

# %%
import os
import json
import hashlib
import datetime

import numpy as np
import pandas as pd
from fastapi import FastAPI, Request, HTTPException
from jose import jwt

app = FastAPI()

SECRET_KEY = "my_super_secret_key_12345"
ALGO = "HS256"

DATA_DIR = "data"
USERS_FILE = os.path.join(DATA_DIR, "users.csv")
TODOS_FILE = os.path.join(DATA_DIR, "todos.csv")

os.makedirs(DATA_DIR, exist_ok=True)

# %%
# helpers


def load_users():
    if os.path.exists(USERS_FILE):
        return pd.read_csv(USERS_FILE)
    return pd.DataFrame(columns=["id", "username", "password"])


def load_todos():
    if os.path.exists(TODOS_FILE):
        df = pd.read_csv(TODOS_FILE)
        df["description"] = df["description"].replace({np.nan: None})
        return df
    return pd.DataFrame(columns=["id", "user_id", "title", "description", "done", "created"])


def save(df, path):
    df.to_csv(path, index=False)


def hash_password(pw):
    return hashlib.sha256(pw.encode()).hexdigest()


def make_token(user_id, username):
    payload = {"user_id": int(user_id), "username": username}
    return jwt.encode(payload, SECRET_KEY, algorithm=ALGO)


def get_current_user(request):
    auth = request.headers.get("Authorization")
    if not auth:
        raise HTTPException(status_code=401, detail="not logged in")
    token = auth.replace("Bearer ", "")
    try:
        payload = jwt.decode(token, SECRET_KEY, algorithms=[ALGO])
    except Exception as e:
        print("token error", e)
        raise HTTPException(status_code=401, detail="bad token")
    return payload


def row_to_dict(row):
    d = row.to_dict()
    # numpy types are not json serializable
    for k, v in d.items():
        if isinstance(v, (np.integer,)):
            d[k] = int(v)
        elif isinstance(v, (np.bool_,)):
            d[k] = bool(v)
        elif isinstance(v, float) and np.isnan(v):
            d[k] = None
    return d


# %%
# auth endpoints


@app.post("/signup")
async def signup(request: Request):
    data = await request.json()
    username = data["username"]
    password = data["password"]

    users = load_users()
    if username in users["username"].values:
        raise HTTPException(status_code=400, detail="username already exists")

    new_id = 1 if len(users) == 0 else int(users["id"].max()) + 1
    new_user = {"id": new_id, "username": username, "password": hash_password(password)}
    users = pd.concat([users, pd.DataFrame([new_user])], ignore_index=True)
    save(users, USERS_FILE)
    print(f"new user {username} {password}")

    return new_user


@app.post("/login")
async def login(request: Request):
    data = await request.json()
    users = load_users()
    user = users[users["username"] == data["username"]]
    if len(user) == 0:
        raise HTTPException(status_code=401, detail="user not found")
    user = user.iloc[0]
    if user["password"] != hash_password(data["password"]):
        raise HTTPException(status_code=401, detail="wrong password")
    token = make_token(user["id"], user["username"])
    return {"access_token": token, "token_type": "bearer"}


# %%
# todo endpoints


@app.get("/todos")
async def list_todos(request: Request):
    user = get_current_user(request)
    limit = int(request.query_params.get("limit", 10))
    offset = int(request.query_params.get("offset", 0))

    todos = load_todos()
    my_todos = todos[todos["user_id"] == user["user_id"]]
    my_todos = my_todos.sort_values("created")
    result = [row_to_dict(r) for _, r in my_todos.iterrows()]
    return result[offset:offset + limit]


@app.post("/todos")
async def create_todo(request: Request):
    user = get_current_user(request)
    data = await request.json()

    todos = load_todos()
    new_id = 1 if len(todos) == 0 else int(todos["id"].max()) + 1
    todo = {
        "id": new_id,
        "user_id": user["user_id"],
        "title": data.get("title"),
        "description": data.get("description"),
        "done": data.get("done", False),
        "created": datetime.datetime.now().isoformat(),
    }
    todos = pd.concat([todos, pd.DataFrame([todo])], ignore_index=True)
    save(todos, TODOS_FILE)
    return todo


@app.get("/todos/{todo_id}")
async def get_todo(todo_id, request: Request):
    get_current_user(request)
    todos = load_todos()
    t = todos[todos["id"] == int(todo_id)]
    if len(t) == 0:
        raise HTTPException(status_code=404, detail="todo not found")
    return row_to_dict(t.iloc[0])


@app.put("/todos/{todo_id}")
async def update_todo(todo_id, request: Request):
    user = get_current_user(request)
    data = await request.json()
    todos = load_todos()
    idx = todos.index[(todos["id"] == int(todo_id)) & (todos["user_id"] == user["user_id"])]
    if len(idx) == 0:
        raise HTTPException(status_code=404, detail="todo not found")
    i = idx[0]
    for key in data:
        todos.at[i, key] = data[key]
    save(todos, TODOS_FILE)
    return row_to_dict(todos.loc[i])


@app.delete("/todos/{todo_id}")
async def delete_todo(todo_id, request: Request):
    user = get_current_user(request)
    todos = load_todos()
    before = len(todos)
    todos = todos[~((todos["id"] == int(todo_id)) & (todos["user_id"] == user["user_id"]))]
    if len(todos) == before:
        raise HTTPException(status_code=404, detail="todo not found")
    save(todos, TODOS_FILE)
    return {"deleted": True}


# %%
# stats endpoint (useful for checking data)


@app.get("/stats")
async def stats():
    todos = load_todos()
    users = load_users()
    return {
        "n_users": len(users),
        "n_todos": len(todos),
        "pct_done": float(todos["done"].astype(bool).mean()) if len(todos) else 0.0,
        "todos_per_user": json.loads(todos.groupby("user_id").size().to_json()) if len(todos) else {},
    }
