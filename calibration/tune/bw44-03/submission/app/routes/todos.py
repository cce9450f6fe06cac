from fastapi import APIRouter, Depends, HTTPException, Query, Response, status
from sqlalchemy.ext.asyncio import AsyncSession

from app import repo
from app.auth import get_current_user
from app.db import get_session
from app.models import Todo, User
from app.schemas import TodoCreate, TodoOut, TodoUpdate

router = APIRouter(prefix="/todos", tags=["todos"])


async def _owned_todo(session: AsyncSession, todo_id: int, user: User) -> Todo:
    todo = await repo.get_todo(session, todo_id)
    if todo is None or todo.owner_id != user.id:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "todo not found")
    return todo


@router.post("", response_model=TodoOut, status_code=status.HTTP_201_CREATED)
async def create_todo(
    body: TodoCreate,
    user: User = Depends(get_current_user),
    session: AsyncSession = Depends(get_session),
) -> Todo:
    todo = Todo(owner_id=user.id, title=body.title, description=body.description, done=False)
    return await repo.create_todo(session, todo)


@router.get("", response_model=list[TodoOut])
async def list_todos(
    limit: int = Query(100, ge=1),
    offset: int = Query(0, ge=0),
    user: User = Depends(get_current_user),
    session: AsyncSession = Depends(get_session),
) -> list[Todo]:
    return list(await repo.list_todos(session, user.id, limit, offset))


@router.get("/{todo_id}", response_model=TodoOut)
async def get_todo(
    todo_id: int,
    user: User = Depends(get_current_user),
    session: AsyncSession = Depends(get_session),
) -> Todo:
    todo = await repo.get_todo(session, todo_id)
    if todo is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "todo not found")
    return todo


@router.patch("/{todo_id}", response_model=TodoOut)
async def update_todo(
    todo_id: int,
    body: TodoUpdate,
    user: User = Depends(get_current_user),
    session: AsyncSession = Depends(get_session),
) -> Todo:
    todo = await _owned_todo(session, todo_id, user)
    todo.done = body.done
    return await repo.save_todo(session, todo)


@router.delete("/{todo_id}", status_code=status.HTTP_204_NO_CONTENT)
async def delete_todo(
    todo_id: int,
    user: User = Depends(get_current_user),
    session: AsyncSession = Depends(get_session),
) -> Response:
    todo = await _owned_todo(session, todo_id, user)
    await repo.delete_todo(session, todo)
    return Response(status_code=status.HTTP_204_NO_CONTENT)
