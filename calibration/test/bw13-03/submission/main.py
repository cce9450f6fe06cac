"""
Todo API - take-home assignment

Author notes:
- Auth: OAuth2 password flow, the token is a JWT (bearer token).
- Database: SQLite using the built-in sqlite3 module.
- All endpoints are normal "def" functions (not "async def") because sqlite3 and
  password hashing are blocking. FastAPI runs "def" endpoints in a thread pool.
"""

import os
import sqlite3
from datetime import datetime, timedelta, timezone

import jwt
from fastapi import Depends, FastAPI, HTTPException, Query, Response, status
from fastapi.security import OAuth2PasswordBearer, OAuth2PasswordRequestForm
from jwt.exceptions import InvalidTokenError
from pwdlib import PasswordHash
from pydantic import BaseModel, Field

# ---------------------------------------------------------------------------
# Settings (read from environment variables, see README)
# ---------------------------------------------------------------------------

SECRET_KEY = os.environ["SECRET_KEY"]  # required, the app will not start without it
ALGORITHM = "HS256"
ACCESS_TOKEN_EXPIRE_MINUTES = int(os.environ.get("ACCESS_TOKEN_EXPIRE_MINUTES", "30"))
DATABASE_PATH = os.environ.get("DATABASE_PATH", "todos.db")

DEFAULT_PAGE_SIZE = 10
MAX_PAGE_SIZE = 100

password_hash = PasswordHash.recommended()  # Argon2
oauth2_scheme = OAuth2PasswordBearer(tokenUrl="token")

app = FastAPI(
    title="Todo API",
    description="Take-home assignment: a todo list API where every user only sees their own todos.",
    version="1.0.0",
)

# ---------------------------------------------------------------------------
# Database
# ---------------------------------------------------------------------------


def init_db():
    conn = sqlite3.connect(DATABASE_PATH)
    conn.execute(
        """
        CREATE TABLE IF NOT EXISTS users (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            username TEXT NOT NULL UNIQUE,
            hashed_password TEXT NOT NULL
        )
        """
    )
    conn.execute(
        """
        CREATE TABLE IF NOT EXISTS todos (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            owner_id INTEGER NOT NULL,
            title TEXT NOT NULL,
            description TEXT,
            done INTEGER NOT NULL DEFAULT 0,
            FOREIGN KEY (owner_id) REFERENCES users (id)
        )
        """
    )
    conn.commit()
    conn.close()


def get_db():
    # check_same_thread=False because FastAPI may run the dependency and the
    # endpoint in different threads of its thread pool
    conn = sqlite3.connect(DATABASE_PATH, check_same_thread=False)
    conn.row_factory = sqlite3.Row
    try:
        yield conn
    finally:
        conn.close()


init_db()

# ---------------------------------------------------------------------------
# Pydantic models (request and response bodies)
# ---------------------------------------------------------------------------


class UserCreate(BaseModel):
    username: str = Field(min_length=3, max_length=50)
    password: str = Field(min_length=8, max_length=100)


class UserOut(BaseModel):
    id: int
    username: str


class Token(BaseModel):
    access_token: str
    token_type: str


class TodoCreate(BaseModel):
    title: str = Field(min_length=1, max_length=200)
    description: str | None = Field(default=None, max_length=1000)
    done: bool = False


class TodoUpdate(BaseModel):
    title: str | None = Field(default=None, min_length=1, max_length=200)
    description: str | None = Field(default=None, max_length=1000)
    done: bool | None = None


class TodoOut(BaseModel):
    id: int
    title: str
    description: str | None
    done: bool


class TodoList(BaseModel):
    items: list[TodoOut]
    total: int
    limit: int
    offset: int


class Message(BaseModel):
    detail: str


# ---------------------------------------------------------------------------
# Helper functions
# ---------------------------------------------------------------------------


def row_to_todo(row):
    return {
        "id": row["id"],
        "title": row["title"],
        "description": row["description"],
        "done": bool(row["done"]),
    }


def get_user_by_username(db, username):
    return db.execute(
        "SELECT id, username, hashed_password FROM users WHERE username = ?", (username,)
    ).fetchone()


def create_access_token(username, expires_minutes=ACCESS_TOKEN_EXPIRE_MINUTES):
    expire = datetime.now(timezone.utc) + timedelta(minutes=expires_minutes)
    to_encode = {"sub": username, "exp": expire}
    return jwt.encode(to_encode, SECRET_KEY, algorithm=ALGORITHM)


def get_current_user(token: str = Depends(oauth2_scheme), db=Depends(get_db)):
    credentials_exception = HTTPException(
        status_code=status.HTTP_401_UNAUTHORIZED,
        detail="Could not validate credentials",
        headers={"WWW-Authenticate": "Bearer"},
    )
    try:
        payload = jwt.decode(token, SECRET_KEY, algorithms=[ALGORITHM])
        username = payload.get("sub")
        if username is None:
            raise credentials_exception
    except InvalidTokenError:
        raise credentials_exception
    user = get_user_by_username(db, username)
    if user is None:
        raise credentials_exception
    return user


def get_own_todo_or_404(db, todo_id, owner_id):
    row = db.execute(
        "SELECT * FROM todos WHERE id = ? AND owner_id = ?", (todo_id, owner_id)
    ).fetchone()
    if row is None:
        # same answer for "does not exist" and "belongs to someone else"
        raise HTTPException(status_code=status.HTTP_404_NOT_FOUND, detail="Todo not found")
    return row


# ---------------------------------------------------------------------------
# Account endpoints
# ---------------------------------------------------------------------------


@app.post(
    "/users",
    response_model=UserOut,
    status_code=status.HTTP_201_CREATED,
    responses={409: {"model": Message, "description": "Username already taken"}},
    summary="Sign up",
    tags=["accounts"],
)
def sign_up(user: UserCreate, db=Depends(get_db)):
    if get_user_by_username(db, user.username) is not None:
        raise HTTPException(status_code=status.HTTP_409_CONFLICT, detail="Username already taken")
    hashed = password_hash.hash(user.password)
    cursor = db.execute(
        "INSERT INTO users (username, hashed_password) VALUES (?, ?)", (user.username, hashed)
    )
    db.commit()
    return {"id": cursor.lastrowid, "username": user.username}


@app.post(
    "/token",
    response_model=Token,
    responses={401: {"model": Message, "description": "Wrong username or password"}},
    summary="Log in and get a bearer token",
    tags=["accounts"],
)
def login(form_data: OAuth2PasswordRequestForm = Depends(), db=Depends(get_db)):
    user = get_user_by_username(db, form_data.username)
    if user is None or not password_hash.verify(form_data.password, user["hashed_password"]):
        raise HTTPException(
            status_code=status.HTTP_401_UNAUTHORIZED,
            detail="Incorrect username or password",
            headers={"WWW-Authenticate": "Bearer"},
        )
    return {"access_token": create_access_token(user["username"]), "token_type": "bearer"}


# ---------------------------------------------------------------------------
# Todo endpoints (all require a valid token)
# ---------------------------------------------------------------------------

AUTH_RESPONSES = {401: {"model": Message, "description": "Missing or invalid token"}}
NOT_FOUND_RESPONSES = {404: {"model": Message, "description": "Todo not found"}}


@app.post(
    "/todos",
    response_model=TodoOut,
    status_code=status.HTTP_201_CREATED,
    responses=AUTH_RESPONSES,
    summary="Create a todo",
    tags=["todos"],
)
def create_todo(todo: TodoCreate, current_user=Depends(get_current_user), db=Depends(get_db)):
    cursor = db.execute(
        "INSERT INTO todos (owner_id, title, description, done) VALUES (?, ?, ?, ?)",
        (current_user["id"], todo.title, todo.description, int(todo.done)),
    )
    db.commit()
    return row_to_todo(get_own_todo_or_404(db, cursor.lastrowid, current_user["id"]))


@app.get(
    "/todos",
    response_model=TodoList,
    responses=AUTH_RESPONSES,
    summary="List my todos (paginated)",
    tags=["todos"],
)
def list_todos(
    limit: int = Query(default=DEFAULT_PAGE_SIZE, ge=1, le=MAX_PAGE_SIZE),
    offset: int = Query(default=0, ge=0),
    current_user=Depends(get_current_user),
    db=Depends(get_db),
):
    rows = db.execute(
        "SELECT * FROM todos WHERE owner_id = ? ORDER BY id", (current_user["id"],)
    ).fetchall()
    total = len(rows)
    page = rows[offset : offset + limit]
    return {
        "items": [row_to_todo(row) for row in page],
        "total": total,
        "limit": limit,
        "offset": offset,
    }


@app.get(
    "/todos/{todo_id}",
    response_model=TodoOut,
    responses={**AUTH_RESPONSES, **NOT_FOUND_RESPONSES},
    summary="Read one of my todos",
    tags=["todos"],
)
def read_todo(todo_id: int, current_user=Depends(get_current_user), db=Depends(get_db)):
    return row_to_todo(get_own_todo_or_404(db, todo_id, current_user["id"]))


@app.put(
    "/todos/{todo_id}",
    response_model=TodoOut,
    responses={**AUTH_RESPONSES, **NOT_FOUND_RESPONSES},
    summary="Update one of my todos (only the fields that are sent are changed)",
    tags=["todos"],
)
def update_todo(
    todo_id: int, todo: TodoUpdate, current_user=Depends(get_current_user), db=Depends(get_db)
):
    existing = get_own_todo_or_404(db, todo_id, current_user["id"])

    new_title = existing["title"]
    new_description = existing["description"]
    new_done = bool(existing["done"])
    if todo.title is not None:
        new_title = todo.title
    if "description" in todo.model_fields_set:
        new_description = todo.description  # sending null clears the description
    if todo.done is not None:
        new_done = todo.done

    db.execute(
        "UPDATE todos SET title = ?, description = ?, done = ? WHERE id = ? AND owner_id = ?",
        (new_title, new_description, int(new_done), todo_id, current_user["id"]),
    )
    db.commit()
    return row_to_todo(get_own_todo_or_404(db, todo_id, current_user["id"]))


@app.delete(
    "/todos/{todo_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    responses={**AUTH_RESPONSES, **NOT_FOUND_RESPONSES},
    summary="Delete one of my todos",
    tags=["todos"],
)
def delete_todo(todo_id: int, current_user=Depends(get_current_user), db=Depends(get_db)):
    get_own_todo_or_404(db, todo_id, current_user["id"])
    db.execute("DELETE FROM todos WHERE id = ? AND owner_id = ?", (todo_id, current_user["id"]))
    db.commit()
    return Response(status_code=status.HTTP_204_NO_CONTENT)
