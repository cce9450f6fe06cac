from fastapi import FastAPI, HTTPException, Depends, status
from fastapi.security import HTTPBasic, HTTPBasicCredentials
from pydantic import BaseModel

app = FastAPI()
security = HTTPBasic()

# "database"
users = {}
todos = []
next_id = 1


class User(BaseModel):
    username: str
    password: str


def get_current_user(credentials: HTTPBasicCredentials = Depends(security)):
    user = users.get(credentials.username)
    if user is None or user["password"] != credentials.password:
        raise HTTPException(
            status_code=status.HTTP_401_UNAUTHORIZED,
            detail="Incorrect username or password",
            headers={"WWW-Authenticate": "Basic"},
        )
    return user


@app.get("/")
async def root():
    return {"message": "Todo API is running"}


@app.post("/signup", status_code=201)
async def signup(user: User):
    if user.username in users:
        raise HTTPException(status_code=400, detail="Username already exists")
    users[user.username] = {"username": user.username, "password": user.password}
    return users[user.username]


@app.post("/login")
async def login(user=Depends(get_current_user)):
    # with basic auth the credentials are sent on every request,
    # this endpoint is just to check they are right
    return {"message": "Login successful", "user": user["username"]}


@app.get("/todos")
async def get_todos(user=Depends(get_current_user)):
    user_todos = [t for t in todos if t["owner"] == user["username"]]
    return user_todos


@app.post("/todos", status_code=201)
async def create_todo(todo: dict, user=Depends(get_current_user)):
    global next_id
    new_todo = {
        "id": next_id,
        "title": todo["title"],
        "description": todo.get("description", ""),
        "done": todo.get("done", False),
        "owner": user["username"],
    }
    todos.append(new_todo)
    next_id += 1
    return new_todo


@app.get("/todos/{todo_id}")
async def get_todo(todo_id: int, user=Depends(get_current_user)):
    for t in todos:
        if t["id"] == todo_id:
            return t
    raise HTTPException(status_code=404, detail="Todo not found")


@app.put("/todos/{todo_id}")
async def update_todo(todo_id: int, data: dict, user=Depends(get_current_user)):
    for t in todos:
        if t["id"] == todo_id and t["owner"] == user["username"]:
            t.update(data)
            return t
    raise HTTPException(status_code=404, detail="Todo not found")


@app.delete("/todos/{todo_id}", status_code=204)
async def delete_todo(todo_id: int, user=Depends(get_current_user)):
    for i, t in enumerate(todos):
        if t["id"] == todo_id and t["owner"] == user["username"]:
            todos.pop(i)
            return
    raise HTTPException(status_code=404, detail="Todo not found")
