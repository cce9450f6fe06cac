from fastapi import APIRouter, Depends, HTTPException, Path, Query, Response, status
from sqlalchemy.orm import Session

from app.database import get_db
from app.models import Todo, User
from app.schemas import ErrorResponse, TodoCreate, TodoList, TodoOut, TodoUpdate
from app.security import get_current_user

DEFAULT_LIMIT = 20
MAX_LIMIT = 100
MAX_ID = 2**63 - 1  # SQLite INTEGER range

router = APIRouter(
    prefix="/todos",
    tags=["todos"],
    responses={401: {"model": ErrorResponse, "description": "Not authenticated"}},
)

NOT_FOUND = {404: {"model": ErrorResponse, "description": "Todo not found"}}


def get_owned_todo(db: Session, todo_id: int, user: User) -> Todo:
    todo = db.query(Todo).filter(Todo.id == todo_id, Todo.owner_id == user.id).first()
    if todo is None:
        raise HTTPException(status_code=status.HTTP_404_NOT_FOUND, detail="Todo not found")
    return todo


@router.get("", response_model=TodoList, summary="List my todos")
def list_todos(
    limit: int = Query(DEFAULT_LIMIT, ge=1, le=MAX_LIMIT),
    offset: int = Query(0, ge=0),
    done: bool | None = Query(None, description="Filter by done flag"),
    db: Session = Depends(get_db),
    current_user: User = Depends(get_current_user),
) -> TodoList:
    query = db.query(Todo).filter(Todo.owner_id == current_user.id)
    if done is not None:
        query = query.filter(Todo.done == done)
    todos = query.order_by(Todo.id).all()
    page = todos[offset : offset + limit]
    return TodoList(
        items=[TodoOut.model_validate(t) for t in page],
        total=len(todos),
        limit=limit,
        offset=offset,
    )


@router.post(
    "",
    response_model=TodoOut,
    status_code=status.HTTP_201_CREATED,
    summary="Create a todo",
)
def create_todo(
    todo_in: TodoCreate,
    db: Session = Depends(get_db),
    current_user: User = Depends(get_current_user),
) -> Todo:
    todo = Todo(**todo_in.model_dump(), owner_id=current_user.id)
    db.add(todo)
    db.commit()
    db.refresh(todo)
    return todo


@router.get("/{todo_id}", response_model=TodoOut, summary="Get one todo", responses=NOT_FOUND)
def read_todo(
    todo_id: int = Path(..., ge=1, le=MAX_ID),
    db: Session = Depends(get_db),
    current_user: User = Depends(get_current_user),
) -> Todo:
    return get_owned_todo(db, todo_id, current_user)


@router.patch("/{todo_id}", response_model=TodoOut, summary="Update a todo", responses=NOT_FOUND)
def update_todo(
    todo_in: TodoUpdate,
    todo_id: int = Path(..., ge=1, le=MAX_ID),
    db: Session = Depends(get_db),
    current_user: User = Depends(get_current_user),
) -> Todo:
    todo = get_owned_todo(db, todo_id, current_user)
    for field, value in todo_in.model_dump(exclude_unset=True).items():
        setattr(todo, field, value)
    db.commit()
    db.refresh(todo)
    return todo


@router.delete(
    "/{todo_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    summary="Delete a todo",
    responses=NOT_FOUND,
)
def delete_todo(
    todo_id: int = Path(..., ge=1, le=MAX_ID),
    db: Session = Depends(get_db),
    current_user: User = Depends(get_current_user),
) -> Response:
    todo = get_owned_todo(db, todo_id, current_user)
    db.delete(todo)
    db.commit()
    return Response(status_code=status.HTTP_204_NO_CONTENT)
