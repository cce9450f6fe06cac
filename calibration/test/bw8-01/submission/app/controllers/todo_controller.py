from fastapi import APIRouter, Depends, Request, Response
from fastapi.responses import JSONResponse
from sqlalchemy import text
from sqlalchemy.orm import Session

from app.config import config
from app.database import get_db
from app.helpers import abort, paginate_meta, todo_to_array
from app.middleware.auth import auth_sanctum
from app.models import Todo
from app.requests import StoreTodoRequest

router = APIRouter(prefix="/api/todos", tags=["todos"])


@router.get("", name="todos.index")
async def index(
    limit: int = None,
    offset: int = 0,
    done: bool = None,
    user=Depends(auth_sanctum),
    db: Session = Depends(get_db),
):
    """
    Display a listing of the user's todos.

    - **limit**: page size, default 15, max 100
    - **offset**: how many todos to skip
    - **done**: optional filter on the done flag
    """
    per_page = config["pagination"]["per_page"]
    max_per_page = config["pagination"]["max_per_page"]

    if limit is None:
        limit = per_page
    if limit < 1 or limit > max_per_page:
        abort(422, f"The limit must be between 1 and {max_per_page}.")
    if offset < 0:
        abort(422, "The offset must be at least 0.")

    query = db.query(Todo).filter(Todo.user_id == user.id)
    if done is not None:
        query = query.filter(Todo.done == done)

    # count with a raw query, it's faster than loading the models
    if done is None:
        total = db.execute(
            text("SELECT COUNT(*) FROM todos WHERE user_id = :user_id"),
            {"user_id": user.id},
        ).scalar()
    else:
        total = db.execute(
            text("SELECT COUNT(*) FROM todos WHERE user_id = :user_id AND done = :done"),
            {"user_id": user.id, "done": done},
        ).scalar()

    todos = query.order_by(Todo.id.desc()).offset(offset).limit(limit).all()

    data = []
    for todo in todos:
        data.append(todo_to_array(todo))

    return {
        "data": data,
        "meta": paginate_meta(total, limit, offset),
    }


@router.post("", status_code=201, name="todos.store")
async def store(request: StoreTodoRequest, user=Depends(auth_sanctum), db: Session = Depends(get_db)):
    """
    Store a newly created todo.
    """
    todo = Todo(
        user_id=user.id,
        title=request.title.strip(),
        description=request.description,
        done=request.done,
    )
    if todo.title == "":
        abort(422, "The title field is required.")

    db.add(todo)
    db.commit()
    db.refresh(todo)

    return JSONResponse(status_code=201, content={"data": todo_to_array(todo)})


@router.get("/{id}", name="todos.show")
async def show(id: int, user=Depends(auth_sanctum), db: Session = Depends(get_db)):
    """
    Display the specified todo.
    """
    todo = db.query(Todo).filter(Todo.id == id, Todo.user_id == user.id).first()
    if not todo:
        abort(404, "Todo not found.")

    return {"data": todo_to_array(todo)}


@router.put("/{id}", name="todos.update")
@router.patch("/{id}", name="todos.patch")
async def update(id: int, request: Request, user=Depends(auth_sanctum), db: Session = Depends(get_db)):
    """
    Update the specified todo. Send only the fields you want to change
    (title, description, done).
    """
    todo = db.query(Todo).filter(Todo.id == id, Todo.user_id == user.id).first()
    if not todo:
        abort(404, "Todo not found.")

    data = await request.json()

    # $request->only(['title', 'description', 'done'])
    fillable = ["title", "description", "done"]
    data = {key: value for key, value in data.items() if key in fillable}

    if "title" in data and not data["title"]:
        abort(422, "The title field is required.")

    for key, value in data.items():
        setattr(todo, key, value)

    db.commit()
    db.refresh(todo)

    return {"data": todo_to_array(todo)}


@router.delete("/{id}", status_code=204, name="todos.destroy")
async def destroy(id: int, user=Depends(auth_sanctum), db: Session = Depends(get_db)):
    """
    Remove the specified todo.
    """
    todo = db.query(Todo).filter(Todo.id == id, Todo.user_id == user.id).first()
    if not todo:
        abort(404, "Todo not found.")

    db.delete(todo)
    db.commit()

    return Response(status_code=204)
