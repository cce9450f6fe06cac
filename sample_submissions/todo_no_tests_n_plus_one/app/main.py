from fastapi import Depends, FastAPI, HTTPException, Response
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.database import Base, engine, get_db
from app.models import Tag, Todo
from app.schemas import TagOut, TodoCreate, TodoOut, TodoUpdate

Base.metadata.create_all(bind=engine)

app = FastAPI(title="Todo API with tags")


def to_out(todo: Todo) -> TodoOut:
    return TodoOut(id=todo.id, title=todo.title, done=todo.done, tags=[t.name for t in todo.tags])


def get_or_create_tags(db: Session, names: list[str]) -> list[Tag]:
    tags = []
    for name in dict.fromkeys(n.strip().lower() for n in names if n.strip()):
        tag = db.scalars(select(Tag).where(Tag.name == name)).first()
        if tag is None:
            tag = Tag(name=name)
            db.add(tag)
        tags.append(tag)
    return tags


def get_todo_or_404(db: Session, todo_id: int) -> Todo:
    todo = db.get(Todo, todo_id)
    if todo is None:
        raise HTTPException(status_code=404, detail="Todo not found")
    return todo


@app.get("/todos", response_model=list[TodoOut])
def list_todos(db: Session = Depends(get_db)) -> list[TodoOut]:
    todos = db.scalars(select(Todo).order_by(Todo.id)).all()
    return [to_out(todo) for todo in todos]


@app.post("/todos", response_model=TodoOut, status_code=201)
def create_todo(payload: TodoCreate, db: Session = Depends(get_db)) -> TodoOut:
    todo = Todo(title=payload.title, done=payload.done, tags=get_or_create_tags(db, payload.tags))
    db.add(todo)
    db.commit()
    db.refresh(todo)
    return to_out(todo)


@app.get("/todos/{todo_id}", response_model=TodoOut)
def get_todo(todo_id: int, db: Session = Depends(get_db)) -> TodoOut:
    return to_out(get_todo_or_404(db, todo_id))


@app.patch("/todos/{todo_id}", response_model=TodoOut)
def update_todo(todo_id: int, payload: TodoUpdate, db: Session = Depends(get_db)) -> TodoOut:
    todo = get_todo_or_404(db, todo_id)
    if payload.title is not None:
        todo.title = payload.title
    if payload.done is not None:
        todo.done = payload.done
    if payload.tags is not None:
        todo.tags = get_or_create_tags(db, payload.tags)
    db.commit()
    db.refresh(todo)
    return to_out(todo)


@app.delete("/todos/{todo_id}", status_code=204)
def delete_todo(todo_id: int, db: Session = Depends(get_db)) -> Response:
    db.delete(get_todo_or_404(db, todo_id))
    db.commit()
    return Response(status_code=204)


@app.get("/tags", response_model=list[TagOut])
def list_tags(db: Session = Depends(get_db)) -> list[TagOut]:
    return [TagOut(id=t.id, name=t.name) for t in db.scalars(select(Tag).order_by(Tag.name))]
