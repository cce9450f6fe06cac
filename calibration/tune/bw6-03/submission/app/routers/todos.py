from fastapi import APIRouter, Depends, HTTPException, Query, Response, status
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.auth import get_current_user
from app.database import get_db
from app.models import Todo, User
from app.schemas import TodoCreate, TodoOut, TodoUpdate

router = APIRouter(prefix="/todos", tags=["todos"])

NOT_FOUND_RESPONSE = {404: {"description": "Todo not found"}}


async def get_todo_or_404(todo_id: int, user: User, db: AsyncSession) -> Todo:
    result = await db.execute(
        select(Todo).where(Todo.id == todo_id, Todo.owner_id == user.id)
    )
    todo = result.scalar_one_or_none()
    if todo is None:
        raise HTTPException(status_code=404, detail="Todo not found")
    return todo


@router.post(
    "",
    response_model=TodoOut,
    status_code=status.HTTP_201_CREATED,
    summary="Create a todo",
)
async def create_todo(
    todo_in: TodoCreate,
    db: AsyncSession = Depends(get_db),
    current_user: User = Depends(get_current_user),
):
    todo = Todo(
        title=todo_in.title,
        description=todo_in.description,
        done=todo_in.done,
        owner_id=current_user.id,
    )
    db.add(todo)
    await db.commit()
    await db.refresh(todo)
    return todo


@router.get("", response_model=list[TodoOut], summary="List my todos")
async def list_todos(
    limit: int = Query(10, ge=1, le=100, description="How many todos to return"),
    offset: int = Query(0, ge=0, description="How many todos to skip"),
    db: AsyncSession = Depends(get_db),
    current_user: User = Depends(get_current_user),
):
    result = await db.execute(
        select(Todo)
        .where(Todo.owner_id == current_user.id)
        .order_by(Todo.id)
        .limit(limit)
        .offset(offset)
    )
    return result.scalars().all()


@router.get(
    "/{todo_id}",
    response_model=TodoOut,
    summary="Get one todo",
    responses=NOT_FOUND_RESPONSE,
)
async def get_todo(
    todo_id: int,
    db: AsyncSession = Depends(get_db),
    current_user: User = Depends(get_current_user),
):
    return await get_todo_or_404(todo_id, current_user, db)


@router.patch(
    "/{todo_id}",
    response_model=TodoOut,
    summary="Update a todo",
    responses=NOT_FOUND_RESPONSE,
)
async def update_todo(
    todo_id: int,
    todo_in: TodoUpdate,
    db: AsyncSession = Depends(get_db),
    current_user: User = Depends(get_current_user),
):
    todo = await get_todo_or_404(todo_id, current_user, db)
    update_data = todo_in.model_dump(exclude_unset=True)
    for key, value in update_data.items():
        setattr(todo, key, value)
    await db.commit()
    await db.refresh(todo)
    return todo


@router.delete(
    "/{todo_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    summary="Delete a todo",
    responses=NOT_FOUND_RESPONSE,
)
async def delete_todo(
    todo_id: int,
    db: AsyncSession = Depends(get_db),
    current_user: User = Depends(get_current_user),
):
    todo = await get_todo_or_404(todo_id, current_user, db)
    await db.delete(todo)
    await db.commit()
    return Response(status_code=status.HTTP_204_NO_CONTENT)
