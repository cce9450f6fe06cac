from typing import Optional

from fastapi import APIRouter, Body, Depends, HTTPException, Query, Response, status

from todo_project import settings
from todo_project.database import get_db
from todo_project.todos.managers import TodoManager
from todo_project.todos.models import Todo
from todo_project.todos.schemas import TodoCreate, TodoList, TodoOut, TodoStats, TodoUpdate
from todo_project.users.services import get_current_user

router = APIRouter(prefix="/todos", tags=["todos"])

# like DRF's OrderingFilter.ordering_fields
ORDERING_FIELDS = {
    "created_at": Todo.created_at,
    "title": Todo.title,
    "done": Todo.done,
}


def get_ordering(ordering):
    name = ordering.lstrip("-")
    column = ORDERING_FIELDS.get(name)
    if column is None:
        raise HTTPException(
            status_code=422,
            detail=f"Cannot order by '{name}'. Choose one of: {', '.join(ORDERING_FIELDS)}",
        )
    return column.desc() if ordering.startswith("-") else column.asc()


def get_todo_or_404(db, user, todo_id):
    todo = TodoManager(db).get_for_user(user, todo_id)
    if todo is None:
        raise HTTPException(status_code=404, detail="Todo not found")
    return todo


@router.get("", response_model=TodoList)
def list_todos(
    limit: int = Query(settings.DEFAULT_PAGE_SIZE, ge=1, le=settings.MAX_PAGE_SIZE),
    offset: int = Query(0, ge=0),
    done: Optional[bool] = None,
    ordering: str = "-created_at",
    user=Depends(get_current_user),
    db=Depends(get_db),
):
    """List the current user's todos, optionally filtered by `done` and ordered by `ordering`."""
    qs = TodoManager(db).for_user(user)
    if done is not None:
        qs = qs.filter(Todo.done == done)
    total = len(qs.all())
    items = qs.order_by(get_ordering(ordering), Todo.id).offset(offset).limit(limit).all()
    return {"items": items, "total": total, "limit": limit, "offset": offset}


@router.post("", response_model=TodoOut, status_code=status.HTTP_201_CREATED)
def create_todo(todo_in: TodoCreate, user=Depends(get_current_user), db=Depends(get_db)):
    """Create a todo for the current user."""
    return TodoManager(db).create(user, **todo_in.model_dump())


@router.get("/stats", response_model=TodoStats)
def todo_stats(user=Depends(get_current_user), db=Depends(get_db)):
    """How many todos are done and pending."""
    return TodoManager(db).stats(user)


@router.get("/{todo_id}", response_model=TodoOut)
def get_todo(todo_id: int, user=Depends(get_current_user), db=Depends(get_db)):
    """Read one of your todos."""
    return get_todo_or_404(db, user, todo_id)


@router.patch("/{todo_id}", response_model=TodoOut)
def update_todo(
    todo_id: int,
    payload: dict = Body(...),
    user=Depends(get_current_user),
    db=Depends(get_db),
):
    """Partial update. Only the fields present in the body are changed."""
    todo = get_todo_or_404(db, user, todo_id)
    # raw dict so that "not sent" and "sent as null" can be told apart
    data = TodoUpdate.model_validate(payload).model_dump(exclude_unset=True)
    return TodoManager(db).update(todo, **data)


@router.delete("/{todo_id}", status_code=status.HTTP_204_NO_CONTENT)
def delete_todo(todo_id: int, user=Depends(get_current_user), db=Depends(get_db)):
    """Delete one of your todos."""
    TodoManager(db).delete(get_todo_or_404(db, user, todo_id))
    return Response(status_code=status.HTTP_204_NO_CONTENT)
