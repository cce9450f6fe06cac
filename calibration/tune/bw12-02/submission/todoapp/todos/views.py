from typing import Optional

from fastapi import Depends, HTTPException, Query, Request

from ..auth.utils import get_current_user
from ..config import Config
from ..extensions import db
from ..models import Todo
from ..schemas import TodoCreate, TodoOut, TodoPage
from . import bp

NOT_FOUND = {404: {"description": "Todo not found"}}
UPDATABLE_FIELDS = {"title", "description", "done"}


def get_todo_or_404(todo_id, user):
    todo = db.session.query(Todo).filter_by(id=todo_id, user_id=user.id).first()
    if todo is None:
        raise HTTPException(status_code=404, detail="Todo not found")
    return todo


def validate_update(data):
    """Returns a list of error messages, empty if the payload is fine."""
    errors = []
    unknown = set(data) - UPDATABLE_FIELDS
    if unknown:
        errors.append(f"unknown fields: {', '.join(sorted(unknown))}")
    if "title" in data:
        title = data["title"]
        if not isinstance(title, str) or not title.strip():
            errors.append("title must be a non-empty string")
        elif len(title) > 200:
            errors.append("title must be at most 200 characters")
    if "description" in data and data["description"] is not None:
        if not isinstance(data["description"], str):
            errors.append("description must be a string or null")
        elif len(data["description"]) > 2000:
            errors.append("description must be at most 2000 characters")
    if "done" in data and not isinstance(data["done"], bool):
        errors.append("done must be true or false")
    return errors


@bp.get("", response_model=TodoPage, summary="List my todos")
async def list_todos(
    limit: int = Query(Config.PAGE_SIZE, ge=1, le=Config.MAX_PAGE_SIZE),
    offset: int = Query(0, ge=0),
    done: Optional[bool] = None,
    user=Depends(get_current_user),
):
    query = db.session.query(Todo).filter_by(user_id=user.id)
    if done is not None:
        query = query.filter_by(done=done)
    total = query.count()
    todos = query.order_by(Todo.id).offset(offset).limit(limit).all()
    return {"items": [t.to_dict() for t in todos], "total": total, "limit": limit, "offset": offset}


@bp.post("", status_code=201, response_model=TodoOut, summary="Create a todo")
async def create_todo(payload: TodoCreate, user=Depends(get_current_user)):
    todo = Todo(
        title=payload.title,
        description=payload.description,
        done=payload.done,
        user_id=user.id,
    )
    db.session.add(todo)
    db.session.commit()
    return todo.to_dict()


@bp.get("/{todo_id}", response_model=TodoOut, responses=NOT_FOUND, summary="Get one todo")
async def get_todo(todo_id: int, user=Depends(get_current_user)):
    return get_todo_or_404(todo_id, user).to_dict()


@bp.patch("/{todo_id}", response_model=TodoOut, responses=NOT_FOUND, summary="Update a todo")
async def update_todo(todo_id: int, request: Request, user=Depends(get_current_user)):
    """Partial update: send any of `title`, `description`, `done`."""
    todo = get_todo_or_404(todo_id, user)
    try:
        data = await request.json()
    except ValueError:
        raise HTTPException(status_code=400, detail="Body must be valid JSON")
    if not isinstance(data, dict):
        raise HTTPException(status_code=422, detail="Body must be a JSON object")

    errors = validate_update(data)
    if errors:
        raise HTTPException(status_code=422, detail=errors)

    for field, value in data.items():
        setattr(todo, field, value)
    db.session.commit()
    return todo.to_dict()


@bp.delete("/{todo_id}", status_code=204, responses=NOT_FOUND, summary="Delete a todo")
async def delete_todo(todo_id: int, user=Depends(get_current_user)):
    todo = get_todo_or_404(todo_id, user)
    db.session.delete(todo)
    db.session.commit()
