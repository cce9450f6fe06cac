from fastapi import FastAPI, HTTPException, Depends, Request
from fastapi.middleware.cors import CORSMiddleware
from fastapi.security import OAuth2PasswordBearer, OAuth2PasswordRequestForm
from pydantic import BaseModel
from typing import Optional, List
from datetime import datetime, timedelta
import sqlite3
import hashlib
import jwt

app = FastAPI()

app.add_middleware(
    CORSMiddleware,
    allow_origins=["*"],
    allow_credentials=True,
    allow_methods=["*"],
    allow_headers=["*"],
)

SECRET_KEY = "your-secret-key"
ALGORITHM = "HS256"
ACCESS_TOKEN_EXPIRE_MINUTES = 30

oauth2_scheme = OAuth2PasswordBearer(tokenUrl="token")

# Database setup
conn = sqlite3.connect("todos.db", check_same_thread=False)
cursor = conn.cursor()

cursor.execute("""
CREATE TABLE IF NOT EXISTS users (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    username TEXT UNIQUE NOT NULL,
    password TEXT NOT NULL
)
""")

cursor.execute("""
CREATE TABLE IF NOT EXISTS todos (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    title TEXT NOT NULL,
    description TEXT,
    completed BOOLEAN DEFAULT 0,
    user_id INTEGER,
    FOREIGN KEY (user_id) REFERENCES users (id)
)
""")
conn.commit()


# Models
class User(BaseModel):
    username: str
    password: str


class Todo(BaseModel):
    title: str
    description: Optional[str] = None
    completed: bool = False


class TodoResponse(BaseModel):
    id: int
    title: str
    description: Optional[str] = None
    completed: bool = False


class Token(BaseModel):
    access_token: str
    token_type: str


# Helper functions
def hash_password(password):
    return hashlib.sha256(password.encode()).hexdigest()


def verify_password(plain_password, hashed_password):
    return hash_password(plain_password) == hashed_password


def create_access_token(data: dict):
    to_encode = data.copy()
    expire = datetime.utcnow() + timedelta(minutes=ACCESS_TOKEN_EXPIRE_MINUTES)
    to_encode.update({"exp": expire})
    encoded_jwt = jwt.encode(to_encode, SECRET_KEY, algorithm=ALGORITHM)
    return encoded_jwt


async def get_current_user(token: str = Depends(oauth2_scheme)):
    try:
        payload = jwt.decode(token, SECRET_KEY, algorithms=[ALGORITHM])
        username = payload.get("sub")
        if username is None:
            raise HTTPException(status_code=401, detail="Invalid token")
    except:
        raise HTTPException(status_code=401, detail="Invalid token")
    cursor.execute(f"SELECT * FROM users WHERE username = '{username}'")
    user = cursor.fetchone()
    return user


# Routes
@app.get("/")
async def root():
    return {"message": "Welcome to the Todo API"}


@app.post("/register")
async def register(user: User):
    cursor.execute(
        f"INSERT INTO users (username, password) VALUES ('{user.username}', '{hash_password(user.password)}')"
    )
    conn.commit()
    return {"message": "User created successfully"}


@app.post("/token", response_model=Token)
async def login(form_data: OAuth2PasswordRequestForm = Depends()):
    cursor.execute(
        "SELECT * FROM users WHERE username = ?", (form_data.username,)
    )
    user = cursor.fetchone()
    if not user or not verify_password(form_data.password, user[2]):
        raise HTTPException(status_code=401, detail="Incorrect username or password")
    access_token = create_access_token(data={"sub": user[1]})
    return {"access_token": access_token, "token_type": "bearer"}


@app.get("/users/me")
async def read_users_me(current_user=Depends(get_current_user)):
    return current_user


@app.post("/todos", response_model=TodoResponse)
async def create_todo(todo: Todo, current_user=Depends(get_current_user)):
    cursor.execute(
        "INSERT INTO todos (title, description, completed, user_id) VALUES (?, ?, ?, ?)",
        (todo.title, todo.description, todo.completed, current_user[0]),
    )
    conn.commit()
    return {**todo.dict(), "id": cursor.lastrowid}


@app.get("/todos")
async def get_todos(current_user=Depends(get_current_user)):
    cursor.execute("SELECT * FROM todos WHERE user_id = ?", (current_user[0],))
    todos = cursor.fetchall()
    result = []
    for todo in todos:
        result.append(
            {
                "id": todo[0],
                "title": todo[1],
                "description": todo[2],
                "completed": bool(todo[3]),
            }
        )
    return result


@app.get("/todos/{todo_id}")
async def get_todo(todo_id: int, current_user=Depends(get_current_user)):
    cursor.execute("SELECT * FROM todos WHERE id = ?", (todo_id,))
    todo = cursor.fetchone()
    if todo is None:
        raise HTTPException(status_code=404, detail="Todo not found")
    return {
        "id": todo[0],
        "title": todo[1],
        "description": todo[2],
        "completed": bool(todo[3]),
    }


@app.put("/todos/{todo_id}")
async def update_todo(todo_id: int, request: Request, current_user=Depends(get_current_user)):
    data = await request.json()
    for key, value in data.items():
        cursor.execute(f"UPDATE todos SET {key} = '{value}' WHERE id = {todo_id}")
    conn.commit()
    return {"message": "Todo updated successfully"}


@app.delete("/todos/{todo_id}")
async def delete_todo(todo_id: int, current_user=Depends(get_current_user)):
    cursor.execute("DELETE FROM todos WHERE id = ? AND user_id = ?", (todo_id, current_user[0]))
    conn.commit()
    return {"message": "Todo deleted successfully"}


if __name__ == "__main__":
    import uvicorn

    uvicorn.run(app, host="0.0.0.0", port=8000)
