from fastapi import FastAPI, HTTPException, Response

from app.schemas import Todo, TodoIn

app = FastAPI(title="Todo API")

todos: dict[int, Todo] = {}
counter = 0


@app.get("/todos", response_model=list[Todo])
def list_todos(completed: bool | None = None) -> list[Todo]:
    items = list(todos.values())
    if completed is not None:
        items = [t for t in items if t.completed == completed]
    return items


@app.post("/todos", response_model=Todo, status_code=201)
def create_todo(payload: TodoIn) -> Todo:
    global counter
    counter += 1
    todo = Todo(id=counter, **payload.model_dump())
    todos[todo.id] = todo
    return todo


@app.get("/todos/{todo_id}", response_model=Todo)
def get_todo(todo_id: int) -> Todo:
    todo = todos.get(todo_id)
    if todo is None:
        raise HTTPException(status_code=404, detail="Todo not found")
    return todo


@app.put("/todos/{todo_id}", response_model=Todo)
def update_todo(todo_id: int, payload: TodoIn) -> Todo:
    if todo_id not in todos:
        raise HTTPException(status_code=404, detail="Todo not found")
    todos[todo_id] = Todo(id=todo_id, **payload.model_dump())
    return todos[todo_id]


@app.delete("/todos/{todo_id}", status_code=204)
def delete_todo(todo_id: int) -> Response:
    if todos.pop(todo_id, None) is None:
        raise HTTPException(status_code=404, detail="Todo not found")
    return Response(status_code=204)
