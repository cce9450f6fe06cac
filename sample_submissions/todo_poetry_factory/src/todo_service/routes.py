from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Request, Response, status

from todo_service.models import Todo, TodoCreate, TodoUpdate
from todo_service.repository import TodoRepository

router = APIRouter(prefix="/todos", tags=["todos"])


def get_repository(request: Request) -> TodoRepository:
    return request.app.state.repository  # type: ignore[no-any-return]


Repo = Annotated[TodoRepository, Depends(get_repository)]


@router.get("", response_model=list[Todo])
async def list_todos(repo: Repo) -> list[Todo]:
    return repo.all()


@router.post("", response_model=Todo, status_code=status.HTTP_201_CREATED)
async def create_todo(payload: TodoCreate, repo: Repo) -> Todo:
    return repo.add(payload)


@router.get("/{todo_id}", response_model=Todo)
async def get_todo(todo_id: int, repo: Repo) -> Todo:
    todo = repo.get(todo_id)
    if todo is None:
        raise HTTPException(status_code=status.HTTP_404_NOT_FOUND, detail="Todo not found")
    return todo


@router.patch("/{todo_id}", response_model=Todo)
async def update_todo(todo_id: int, payload: TodoUpdate, repo: Repo) -> Todo:
    todo = repo.update(todo_id, payload)
    if todo is None:
        raise HTTPException(status_code=status.HTTP_404_NOT_FOUND, detail="Todo not found")
    return todo


@router.delete("/{todo_id}", status_code=status.HTTP_204_NO_CONTENT)
async def delete_todo(todo_id: int, repo: Repo) -> Response:
    if not repo.remove(todo_id):
        raise HTTPException(status_code=status.HTTP_404_NOT_FOUND, detail="Todo not found")
    return Response(status_code=status.HTTP_204_NO_CONTENT)
