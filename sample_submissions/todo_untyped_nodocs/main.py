from fastapi import FastAPI, HTTPException, Request

app = FastAPI(docs_url=None, redoc_url=None, openapi_url=None)

todos = {}
next_id = 1


def find_todo(todo_id):
    todo = todos.get(int(todo_id))
    if todo is None:
        raise HTTPException(status_code=404, detail="not found")
    return todo


@app.get("/todos")
async def get_todos(request: Request):
    done = request.query_params.get("done")
    if done is None:
        return list(todos.values())
    return [t for t in todos.values() if t["done"] == (done == "true")]


@app.post("/todos", status_code=201)
async def add_todo(request: Request):
    global next_id
    data = await request.json()
    todo = {"id": next_id, "title": data["title"], "done": data.get("done", False)}
    todos[next_id] = todo
    next_id += 1
    return todo


@app.get("/todos/{todo_id}")
async def get_todo(todo_id):
    return find_todo(todo_id)


@app.put("/todos/{todo_id}")
async def update_todo(todo_id, request: Request):
    todo = find_todo(todo_id)
    data = await request.json()
    todo.update(data)
    return todo


@app.delete("/todos/{todo_id}")
async def delete_todo(todo_id):
    find_todo(todo_id)
    del todos[int(todo_id)]
    return {"ok": True}
