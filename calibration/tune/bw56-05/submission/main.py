from fastapi import FastAPI
from pydantic import BaseModel

app = FastAPI()

# all the todos are saved here
todos = []


class Todo(BaseModel):
    title: str
    description: str = ""
    done: bool = False
    user: str


@app.get("/")
def home():
    return {"message": "Welcome to my todo app!!"}


@app.get("/todos")
async def get_todos(user=None):
    print("getting todos for", user)
    if user:
        result = []
        for t in todos:
            if t["user"] == user:
                result.append(t)
        return result
    return todos


@app.post("/todos")
async def add_todo(todo: Todo):
    new_todo = {
        "id": len(todos) + 1,
        "title": todo.title,
        "description": todo.description,
        "done": todo.done,
        "user": todo.user,
    }
    todos.append(new_todo)
    print("added todo:", new_todo)
    print("now there are", len(todos), "todos")
    return new_todo


@app.get("/todos/{id}")
async def get_todo(id):
    print("looking for todo", id)
    for t in todos:
        if t["id"] == int(id):
            return t
    return {"error": "todo not found"}


@app.put("/todos/{id}")
async def update_todo(id, data: dict):
    print("updating", id, data)
    for t in todos:
        if t["id"] == int(id):
            if "title" in data:
                t["title"] = data["title"]
            if "description" in data:
                t["description"] = data["description"]
            if "done" in data:
                t["done"] = data["done"]
            return t
    return {"error": "todo not found"}


@app.delete("/todos/{id}")
async def delete_todo(id):
    for t in todos:
        if t["id"] == int(id):
            todos.remove(t)
            print("deleted", id)
            return {"message": "deleted!"}
    return {"error": "todo not found"}
