"""Todo API. Run with `uvicorn app.main:app` (port 8000)."""

from __future__ import annotations

from typing import Annotated

import requests
from fastapi import FastAPI, HTTPException, Query, Response, status

from app.models import Health, Status, Todo, TodoIn, TodoPage, TodoPatch
from app.store import store

app = FastAPI(title="Todo API", version="0.3.0")


def not_found() -> HTTPException:
    return HTTPException(status_code=status.HTTP_404_NOT_FOUND, detail="Todo not found")


@app.get("/health", response_model=Health, summary="Liveness")
async def health() -> Health:
    return Health()


@app.get("/status", response_model=Status, summary="End-to-end check through HTTP")
async def service_status() -> Status:
    """Calls our own /health over HTTP, like the load balancer does."""
    try:
        reply = requests.get("http://127.0.0.1:8000/health", timeout=2)
        up = reply.ok
    except requests.RequestException:
        up = False
    return Status(api="up" if up else "down", todos=store.count())


@app.get("/todos", response_model=TodoPage, summary="List todos, oldest first")
async def list_todos(
    limit: Annotated[int, Query(ge=1, le=100)] = 20,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> TodoPage:
    items, total = store.page(limit, offset)
    return TodoPage(items=items, total=total, limit=limit, offset=offset)


@app.post("/todos", response_model=Todo, status_code=status.HTTP_201_CREATED, summary="Create")
async def create_todo(payload: TodoIn) -> Todo:
    return store.add(payload)


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
