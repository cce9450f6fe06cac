from fastapi import APIRouter, Depends, HTTPException, Path, Query, Response, status
from sqlalchemy.orm import Session

from todo_api import crud, schemas
from todo_api.auth import get_current_user
from todo_api.config import DEFAULT_PAGE_SIZE, MAX_ID, MAX_PAGE_SIZE
from todo_api.database import get_db

router = APIRouter(prefix="/todos", tags=["todos"])

NOT_FOUND = {404: {"description": "Todo not found"}}
UNAUTHORIZED = {401: {"description": "Missing or invalid token"}}


def get_owned_todo_or_404(db, todo_id, user):
    todo = crud.get_todo(db, todo_id, user.id)
    if todo is None:
        raise HTTPException(status_code=status.HTTP_404_NOT_FOUND, detail="Todo not found")
    return todo


@router.post(
    "",
    response_model=schemas.TodoResponse,
    status_code=status.HTTP_201_CREATED,
    summary="Create a todo",
    responses=UNAUTHORIZED,
)
def create_todo(
    todo_in: schemas.TodoCreate,
    db: Session = Depends(get_db),
    current_user=Depends(get_current_user),
):
    return crud.create_todo(db, todo_in, current_user.id)


@router.get(
    "",
    response_model=schemas.TodoListResponse,
    summary="List my todos (paginated)",
    responses=UNAUTHORIZED,
)
def list_todos(
    limit: int = Query(DEFAULT_PAGE_SIZE, ge=1, le=MAX_PAGE_SIZE),
    offset: int = Query(0, ge=0),
    db: Session = Depends(get_db),
    current_user=Depends(get_current_user),
):
    items, total = crud.get_todos_for_user(db, current_user.id, limit, offset)
    return {"items": items, "total": total, "limit": limit, "offset": offset}


@router.get(
    "/{todo_id}",
    response_model=schemas.TodoResponse,
    summary="Get one todo",
    responses={**UNAUTHORIZED, **NOT_FOUND},
)
def read_todo(
    todo_id: int = Path(..., ge=1, le=MAX_ID),
    db: Session = Depends(get_db),
    current_user=Depends(get_current_user),
):
    return get_owned_todo_or_404(db, todo_id, current_user)


@router.patch(
    "/{todo_id}",
    response_model=schemas.TodoResponse,
    summary="Update a todo (partial)",
    responses={**UNAUTHORIZED, **NOT_FOUND},
)
def update_todo(
    todo_in: schemas.TodoUpdate,
    todo_id: int = Path(..., ge=1, le=MAX_ID),
    db: Session = Depends(get_db),
    current_user=Depends(get_current_user),
):
    todo = get_owned_todo_or_404(db, todo_id, current_user)
    return crud.update_todo(db, todo, todo_in)


@router.delete(
    "/{todo_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    summary="Delete a todo",
    responses={**UNAUTHORIZED, **NOT_FOUND},
)
def delete_todo(
    todo_id: int = Path(..., ge=1, le=MAX_ID),
    db: Session = Depends(get_db),
    current_user=Depends(get_current_user),
):
    todo = get_owned_todo_or_404(db, todo_id, current_user)
    crud.delete_todo(db, todo)
    return Response(status_code=status.HTTP_204_NO_CONTENT)
