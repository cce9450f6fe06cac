from typing import Optional

from fastapi import APIRouter, Depends, HTTPException, Query, status
from sqlmodel import Session, select

from app.auth import get_current_user
from app.database import get_session
from app.models import Todo, TodoCreate, TodoList, TodoRead, TodoStats, TodoUpdate, User

router = APIRouter(prefix="/todos", tags=["todos"])


@router.get("/", response_model=TodoList)
def list_todos(
    limit: int = Query(default=10, ge=1, le=100),
    offset: int = Query(default=0, ge=0),
    done: Optional[bool] = None,
    session: Session = Depends(get_session),
    current_user: User = Depends(get_current_user),
):
    """Get the todos of the logged in user (paginated). Can be filtered by done."""
    all_todos = session.exec(select(Todo)).all()

    # keep only the todos that belong to the current user
    user_todos = [todo for todo in all_todos if todo.owner_id == current_user.id]

    if done is not None:
        user_todos = [todo for todo in user_todos if todo.done == done]

    total = len(user_todos)
    page = user_todos[offset : offset + limit]

    return {"total": total, "limit": limit, "offset": offset, "items": page}


@router.get("/stats", response_model=TodoStats)
def todo_stats(
    session: Session = Depends(get_session),
    current_user: User = Depends(get_current_user),
):
    """Some statistics about the todos of the logged in user."""
    all_todos = session.exec(select(Todo)).all()
    user_todos = [todo for todo in all_todos if todo.owner_id == current_user.id]

    total = len(user_todos)
    done = len([todo for todo in user_todos if todo.done])
    not_done = total - done
    percent_done = round(done / total * 100, 2) if total > 0 else 0.0

    return {"total": total, "done": done, "not_done": not_done, "percent_done": percent_done}


@router.post("/", response_model=TodoRead, status_code=status.HTTP_201_CREATED)
def create_todo(
    todo: TodoCreate,
    session: Session = Depends(get_session),
    current_user: User = Depends(get_current_user),
):
    """Create a new todo for the logged in user."""
    db_todo = Todo(**todo.model_dump(), owner_id=current_user.id)
    session.add(db_todo)
    session.commit()
    session.refresh(db_todo)
    return db_todo


@router.get("/{todo_id}", response_model=TodoRead)
def get_todo(
    todo_id: int,
    session: Session = Depends(get_session),
    current_user: User = Depends(get_current_user),
):
    """Get one todo by its id."""
    todo = session.get(Todo, todo_id)
    if not todo or todo.owner_id != current_user.id:
        raise HTTPException(status_code=404, detail="Todo not found")
    return todo


@router.put("/{todo_id}", response_model=TodoRead)
def update_todo(
    todo_id: int,
    todo_update: TodoUpdate,
    session: Session = Depends(get_session),
    current_user: User = Depends(get_current_user),
):
    """Update a todo. Only the fields that are sent are changed."""
    todo = session.get(Todo, todo_id)
    if not todo or todo.owner_id != current_user.id:
        raise HTTPException(status_code=404, detail="Todo not found")

    update_data = todo_update.model_dump(exclude_unset=True)
    for key, value in update_data.items():
        setattr(todo, key, value)

    session.add(todo)
    session.commit()
    session.refresh(todo)
    return todo


@router.delete("/{todo_id}", status_code=status.HTTP_204_NO_CONTENT)
def delete_todo(
    todo_id: int,
    session: Session = Depends(get_session),
    current_user: User = Depends(get_current_user),
):
    """Delete a todo."""
    todo = session.get(Todo, todo_id)
    if not todo or todo.owner_id != current_user.id:
        raise HTTPException(status_code=404, detail="Todo not found")
    session.delete(todo)
    session.commit()
    return None
