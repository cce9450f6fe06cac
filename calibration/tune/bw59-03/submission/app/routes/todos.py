from fastapi import APIRouter, Depends, HTTPException, Query, Response, status

from app import config
from app.models import TodoCreate, TodoOut, TodoUpdate
from app.security import current_user
from app.store import TodoRecord, UserRecord, store, utcnow

router = APIRouter(prefix="/todos", tags=["todos"])

NOT_FOUND = {404: {"description": "Todo not found"}}


def to_out(todo: TodoRecord) -> TodoOut:
    return TodoOut(
        id=todo.id,
        title=todo.title,
        description=todo.description,
        done=todo.done,
        created_at=todo.created_at,
        updated_at=todo.updated_at,
    )


def get_owned(user: UserRecord, todo_id: str) -> TodoRecord:
    todo = store.get_todo(user.username, todo_id)
    if todo is None:
        raise HTTPException(status_code=status.HTTP_404_NOT_FOUND, detail="Todo not found")
    return todo


@router.get("", response_model=list[TodoOut])
async def list_todos(
    limit: int = Query(config.DEFAULT_PAGE_SIZE, ge=1, le=config.MAX_PAGE_SIZE),
    offset: int = Query(0, ge=0),
    user: UserRecord = Depends(current_user),
) -> list[TodoOut]:
    return [to_out(t) for t in store.list_todos(user.username, limit=limit, offset=offset)]


@router.post("", response_model=TodoOut, status_code=status.HTTP_201_CREATED)
async def create_todo(body: TodoCreate, user: UserRecord = Depends(current_user)) -> TodoOut:
    todo = TodoRecord(owner=user.username, title=body.title, description=body.description, done=body.done)
    store.add_todo(todo)
    return to_out(todo)


@router.get("/{todo_id}", response_model=TodoOut, responses=NOT_FOUND)
async def get_todo(todo_id: str, user: UserRecord = Depends(current_user)) -> TodoOut:
    return to_out(get_owned(user, todo_id))


@router.patch("/{todo_id}", response_model=TodoOut, responses=NOT_FOUND)
async def update_todo(todo_id: str, body: TodoUpdate, user: UserRecord = Depends(current_user)) -> TodoOut:
    todo = get_owned(user, todo_id)
    for field, value in body.model_dump(exclude_unset=True).items():
        if field in ("title", "done") and value is None:
            continue
        setattr(todo, field, value)
    todo.updated_at = utcnow()
    return to_out(todo)


@router.delete("/{todo_id}", status_code=status.HTTP_204_NO_CONTENT, responses=NOT_FOUND)
async def delete_todo(todo_id: str, user: UserRecord = Depends(current_user)) -> Response:
    if not store.delete_todo(user.username, todo_id):
        raise HTTPException(status_code=status.HTTP_404_NOT_FOUND, detail="Todo not found")
    return Response(status_code=status.HTTP_204_NO_CONTENT)
