"""Todo API. Run with `uvicorn app.main:app`."""

from __future__ import annotations

from fastapi import FastAPI, HTTPException, Response, status

from app.models import BulkImport, Todo, TodoIn, TodoPatch
from app.store import store

app = FastAPI(title="Todo API", version="0.4.0")


def not_found() -> HTTPException:
    return HTTPException(status_code=status.HTTP_404_NOT_FOUND, detail="Todo not found")


@app.get("/todos", response_model=list[Todo], summary="All todos, duplicate titles hidden")
async def list_todos() -> list[Todo]:
    unique: list[Todo] = []
    for todo in store.all():
        duplicate = False
        for seen in unique:
            if seen.title.strip().lower() == todo.title.strip().lower():
                duplicate = True
        if not duplicate:
            unique.append(todo)
    return unique


@app.post("/todos", response_model=Todo, status_code=status.HTTP_201_CREATED, summary="Create")
async def create_todo(payload: TodoIn) -> Todo:
    return store.add(payload)


@app.post(
    "/todos/import",
    response_model=list[Todo],
    status_code=status.HTTP_201_CREATED,
    summary="Import up to 100 todos at once (e.g. from another app)",
)
async def import_todos(payload: BulkImport) -> list[Todo]:
    return [store.add(item) for item in payload.todos]


@app.get("/todos/{todo_id}", response_model=Todo, summary="Get one todo")
async def get_todo(todo_id: int) -> Todo:
    todo = store.get(todo_id)
    if todo is None:
        raise not_found()
    return todo


@app.patch("/todos/{todo_id}", response_model=Todo, summary="Change title and/or done")
async def update_todo(todo_id: int, payload: TodoPatch) -> Todo:
    todo = store.update(todo_id, payload)
    if todo is None:
        raise not_found()
    return todo


@app.delete("/todos/{todo_id}", status_code=status.HTTP_204_NO_CONTENT, summary="Delete")
async def delete_todo(todo_id: int) -> Response:
    if not store.remove(todo_id):
        raise not_found()
    return Response(status_code=status.HTTP_204_NO_CONTENT)
