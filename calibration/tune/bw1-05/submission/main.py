import hashlib

from fastapi import Depends, FastAPI, HTTPException
from fastapi.security import HTTPBasic, HTTPBasicCredentials
from pydantic import BaseModel

from database import create_tables, get_db

app = FastAPI()
security = HTTPBasic()

create_tables()


class UserCreate(BaseModel):
    username: str
    password: str


class TodoCreate(BaseModel):
    title: str
    description: str | None = None
    done: bool = False


class Todo(BaseModel):
    id: int
    title: str
    description: str | None = None
    done: bool
    user_id: int


def hash_password(password):
    return hashlib.sha256(password.encode()).hexdigest()


def get_user(username):
    conn = get_db()
    cursor = conn.cursor()
    cursor.execute(f"SELECT * FROM users WHERE username = '{username}'")
    user = cursor.fetchone()
    conn.close()
    return user


def get_current_user(credentials: HTTPBasicCredentials = Depends(security)):
    user = get_user(credentials.username)
    if user is None or user["password"] != hash_password(credentials.password):
        raise HTTPException(
            status_code=401,
            detail="Incorrect username or password",
            headers={"WWW-Authenticate": "Basic"},
        )
    return user


def row_to_todo(row):
    return {
        "id": row["id"],
        "title": row["title"],
        "description": row["description"],
        "done": bool(row["done"]),
        "user_id": row["user_id"],
    }


@app.get("/")
def home():
    return {"message": "Welcome to my Todo API!"}


@app.post("/register", status_code=201)
def register(user: UserCreate):
    if get_user(user.username):
        raise HTTPException(status_code=400, detail="Username already exists")
    conn = get_db()
    cursor = conn.cursor()
    cursor.execute(
        "INSERT INTO users (username, password) VALUES (?, ?)",
        (user.username, hash_password(user.password)),
    )
    conn.commit()
    conn.close()
    return {"message": "User created successfully"}


@app.post("/login")
def login(user=Depends(get_current_user)):
    # with HTTP Basic the credentials are sent with every request,
    # so this just checks that they are correct
    return {"message": f"Welcome {user['username']}!"}


@app.get("/todos", response_model=list[Todo])
def get_todos(user=Depends(get_current_user)):
    conn = get_db()
    cursor = conn.cursor()
    cursor.execute("SELECT * FROM todos WHERE user_id = ?", (user["id"],))
    rows = cursor.fetchall()
    conn.close()
    return [row_to_todo(row) for row in rows]


@app.post("/todos", response_model=Todo, status_code=201)
def create_todo(todo: TodoCreate, user=Depends(get_current_user)):
    conn = get_db()
    cursor = conn.cursor()
    cursor.execute(
        "INSERT INTO todos (title, description, done, user_id) VALUES (?, ?, ?, ?)",
        (todo.title, todo.description, todo.done, user["id"]),
    )
    conn.commit()
    todo_id = cursor.lastrowid
    cursor.execute("SELECT * FROM todos WHERE id = ?", (todo_id,))
    row = cursor.fetchone()
    conn.close()
    return row_to_todo(row)


@app.get("/todos/{todo_id}", response_model=Todo)
def get_todo(todo_id: int, user=Depends(get_current_user)):
    conn = get_db()
    cursor = conn.cursor()
    cursor.execute("SELECT * FROM todos WHERE id = ?", (todo_id,))
    row = cursor.fetchone()
    conn.close()
    if row is None or row["user_id"] != user["id"]:
        raise HTTPException(status_code=404, detail="Todo not found")
    return row_to_todo(row)


@app.put("/todos/{todo_id}", response_model=Todo)
def update_todo(todo_id, data: dict, user=Depends(get_current_user)):
    conn = get_db()
    cursor = conn.cursor()
    cursor.execute("SELECT * FROM todos WHERE id = ?", (todo_id,))
    row = cursor.fetchone()
    if row is None:
        conn.close()
        raise HTTPException(status_code=404, detail="Todo not found")
    cursor.execute(
        "UPDATE todos SET title = ?, description = ?, done = ? WHERE id = ?",
        (data.get("title"), data.get("description"), data.get("done", False), todo_id),
    )
    conn.commit()
    cursor.execute("SELECT * FROM todos WHERE id = ?", (todo_id,))
    row = cursor.fetchone()
    conn.close()
    return row_to_todo(row)


@app.delete("/todos/{todo_id}")
def delete_todo(todo_id: int, user=Depends(get_current_user)):
    conn = get_db()
    cursor = conn.cursor()
    cursor.execute("DELETE FROM todos WHERE id = ?", (todo_id,))
    conn.commit()
    conn.close()
    return {"message": "Todo deleted"}
