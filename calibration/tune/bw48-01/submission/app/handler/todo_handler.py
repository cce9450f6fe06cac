from fastapi import APIRouter, Depends, Query, Response
from sqlalchemy.orm import Session

from app.dao import todo_dao
from app.db import get_db
from app.dto.todo import TodoCreateReq, TodoListResp, TodoResp, TodoUpdateReq
from app.middleware.auth import current_uid
from app.model.todo import Todo
from app.pkg import errcode
from app.pkg.errcode import BizError

router = APIRouter(prefix="/api/v1/todos", tags=["todo"])


@router.post("", response_model=TodoResp, status_code=201, summary="create todo")
def create_todo(req: TodoCreateReq, uid: int = Depends(current_uid), db: Session = Depends(get_db)) -> Todo:
    return todo_dao.create(db, uid, req.title, req.description, req.done)


@router.get("", response_model=TodoListResp, summary="list my todos")
def list_todos(
    offset: int = Query(0, description="offset"),
    limit: int = Query(20, le=100, description="page size, max 100"),
    uid: int = Depends(current_uid),
    db: Session = Depends(get_db),
) -> TodoListResp:
    total, rows = todo_dao.list_by_user(db, uid, offset, limit)
    items = [TodoResp.model_validate(r) for r in rows]
    return TodoListResp(total=total, offset=offset, limit=limit, items=items)


@router.get("/{todo_id}", response_model=TodoResp, summary="get todo")
def get_todo(todo_id: int, uid: int = Depends(current_uid), db: Session = Depends(get_db)) -> Todo:
    t = todo_dao.get(db, uid, todo_id)
    if t is None:
        raise BizError(errcode.TODO_NOT_FOUND)
    return t


@router.patch("/{todo_id}", response_model=TodoResp, summary="update todo")
def update_todo(
    todo_id: int, req: TodoUpdateReq, uid: int = Depends(current_uid), db: Session = Depends(get_db)
) -> Todo:
    t = todo_dao.get(db, uid, todo_id)
    if t is None:
        raise BizError(errcode.TODO_NOT_FOUND)
    if req.title is not None:
        t.title = req.title
    if req.description is not None:
        t.description = req.description
    if req.done is not None:
        t.done = req.done
    return todo_dao.save(db, t)


@router.delete("/{todo_id}", status_code=204, summary="delete todo")
def delete_todo(todo_id: int, uid: int = Depends(current_uid), db: Session = Depends(get_db)) -> Response:
    t = todo_dao.get(db, uid, todo_id)
    if t is None:
        raise BizError(errcode.TODO_NOT_FOUND)
    todo_dao.delete(db, t)
    return Response(status_code=204)
