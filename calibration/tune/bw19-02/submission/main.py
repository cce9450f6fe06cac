from fastapi import FastAPI, HTTPException, Depends, Request
from fastapi.security import HTTPBearer, HTTPAuthorizationCredentials
from pydantic import BaseModel
import hashlib
import uuid

app = FastAPI(title="Todo API")

# in memory "database"
users = {}  # username -> user dict
tokens = {}  # token -> username
todos = {}  # username -> list of todos
next_id = 1

security = HTTPBearer()


class User(BaseModel):
    username: str
    password: str


class Todo(BaseModel):
    title: str
    description: str = None
    done: bool = False


def hash_password(password):
    return hashlib.sha256(password.encode()).hexdigest()


def get_current_user(credentials: HTTPAuthorizationCredentials = Depends(security)):
    token = credentials.credentials
    if token not in tokens:
        raise HTTPException(status_code=401, detail="Invalid token")
    return tokens[token]


def find_todo(username, todo_id):
    for todo in todos.get(username, []):
        if todo["id"] == todo_id:
            return todo
    return None


@app.get("/")
def root():
    return {"message": "Todo API is running"}


@app.post("/signup")
def signup(user: User):
    if user.username in users:
        raise HTTPException(status_code=400, detail="Username already exists")
    users[user.username] = {
        "username": user.username,
        "password": hash_password(user.password),
    }
    todos[user.username] = []
    return {"message": "User created successfully"}


@app.post("/login")
def login(user: User):
    if user.username not in users:
        raise HTTPException(status_code=401, detail="Invalid username or password")
    if users[user.username]["password"] != hash_password(user.password):
        raise HTTPException(status_code=401, detail="Invalid username or password")
    token = str(uuid.uuid4())
    tokens[token] = user.username
    return {"token": token}


@app.post("/todos", status_code=201)
def create_todo(todo: Todo, username=Depends(get_current_user)):
    global next_id
    new_todo = {
        "id": next_id,
        "title": todo.title,
        "description": todo.description,
        "done": todo.done,
    }
    next_id += 1
    todos[username].append(new_todo)
    return new_todo


@app.get("/todos")
def get_todos(limit: int = 10, offset: int = 0, username=Depends(get_current_user)):
    user_todos = todos.get(username, [])
    return user_todos[offset:offset + limit]


@app.get("/todos/{todo_id}")
def get_todo(todo_id: int, username=Depends(get_current_user)):
    todo = find_todo(username, todo_id)
    if todo is None:
        raise HTTPException(status_code=404, detail="Todo not found")
    return todo


@app.put("/todos/{todo_id}")
async def update_todo(todo_id: int, request: Request, username=Depends(get_current_user)):
    todo = find_todo(username, todo_id)
    if todo is None:
        raise HTTPException(status_code=404, detail="Todo not found")
    data = await request.json()
    todo.update(data)
    return todo


@app.delete("/todos/{todo_id}")
def delete_todo(todo_id: int, username=Depends(get_current_user)):
    todo = find_todo(username, todo_id)
    if todo is None:
        raise HTTPException(status_code=404, detail="Todo not found")
    todos[username].remove(todo)
    return {"message": "Todo deleted"}
