import hashlib
import os
from datetime import datetime, timedelta
from typing import Optional

import jwt
from fastapi import Depends, FastAPI, HTTPException
from fastapi.security import OAuth2PasswordBearer, OAuth2PasswordRequestForm
from pydantic import BaseModel
from sqlalchemy import Boolean, DateTime, ForeignKey, Integer, String, create_engine, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, sessionmaker

SECRET_KEY = os.getenv("SECRET_KEY", "secret")
ALGORITHM = "HS256"

engine = create_engine("sqlite:///todos.db", connect_args={"check_same_thread": False})
SessionLocal = sessionmaker(bind=engine)


class Base(DeclarativeBase):
    pass


class User(Base):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    username: Mapped[str] = mapped_column(String, unique=True)
    password: Mapped[str] = mapped_column(String)


class Todo(Base):
    __tablename__ = "todos"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    title: Mapped[str] = mapped_column(String)
    description: Mapped[Optional[str]] = mapped_column(String, nullable=True)
    done: Mapped[bool] = mapped_column(Boolean, default=False)
    created: Mapped[datetime] = mapped_column(DateTime, default=datetime.now)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))


Base.metadata.create_all(engine)

app = FastAPI(title="Todo API")

oauth2_scheme = OAuth2PasswordBearer(tokenUrl="login")


class TodoIn(BaseModel):
    title: str
    description: Optional[str] = None
    done: bool = False


def get_db():
    db = SessionLocal()
    try:
        yield db
    finally:
        db.close()


def hash_password(password):
    return hashlib.sha256(password.encode()).hexdigest()


def make_token(username):
    data = {"sub": username, "exp": datetime.utcnow() + timedelta(hours=12)}
    return jwt.encode(data, SECRET_KEY, algorithm=ALGORITHM)


def get_current_user(token: str = Depends(oauth2_scheme), db: Session = Depends(get_db)):
    try:
        data = jwt.decode(token, SECRET_KEY, algorithms=[ALGORITHM])
    except jwt.PyJWTError:
        raise HTTPException(status_code=401, detail="invalid token")
    user = db.scalars(select(User).where(User.username == data.get("sub"))).first()
    if not user:
        raise HTTPException(status_code=401, detail="user not found")
    return user


def todo_to_dict(todo):
    return {
        "id": todo.id,
        "title": todo.title,
        "description": todo.description,
        "done": todo.done,
        "created": str(todo.created),
    }


def find_todo(db, todo_id, user):
    todo = db.get(Todo, todo_id)
    if todo is None or todo.user_id != user.id:
        raise HTTPException(status_code=404, detail="todo not found")
    return todo


@app.post("/signup", status_code=201)
def signup(body: dict, db: Session = Depends(get_db)):
    username = body.get("username")
    password = body.get("password")
    if not username or not password:
        raise HTTPException(status_code=400, detail="username and password required")
    if db.scalars(select(User).where(User.username == username)).first():
        raise HTTPException(status_code=400, detail="user already exists")
    user = User(username=username, password=hash_password(password))
    db.add(user)
    db.commit()
    return {"id": user.id, "username": user.username}


@app.post("/login")
def login(form: OAuth2PasswordRequestForm = Depends(), db: Session = Depends(get_db)):
    user = db.scalars(select(User).where(User.username == form.username)).first()
    if not user or user.password != hash_password(form.password):
        raise HTTPException(status_code=401, detail="wrong username or password")
    return {"access_token": make_token(user.username), "token_type": "bearer"}


@app.get("/todos")
def list_todos(limit: int = 10, offset: int = 0, user=Depends(get_current_user), db: Session = Depends(get_db)):
    todos = db.scalars(select(Todo).where(Todo.user_id == user.id)).all()
    page = todos[offset : offset + limit]
    return [todo_to_dict(t) for t in page]


@app.post("/todos", status_code=201)
def create_todo(data: TodoIn, user=Depends(get_current_user), db: Session = Depends(get_db)):
    todo = Todo(title=data.title, description=data.description, done=data.done, user_id=user.id)
    db.add(todo)
    db.commit()
    return todo_to_dict(todo)


@app.get("/todos/{todo_id}")
def get_todo(todo_id: int, user=Depends(get_current_user), db: Session = Depends(get_db)):
    return todo_to_dict(find_todo(db, todo_id, user))


@app.put("/todos/{todo_id}")
def update_todo(todo_id: int, data: TodoIn, user=Depends(get_current_user), db: Session = Depends(get_db)):
    todo = find_todo(db, todo_id, user)
    todo.title = data.title
    todo.description = data.description
    todo.done = data.done
    db.commit()
    return todo_to_dict(todo)


@app.delete("/todos/{todo_id}")
def delete_todo(todo_id: int, user=Depends(get_current_user), db: Session = Depends(get_db)):
    todo = find_todo(db, todo_id, user)
    db.delete(todo)
    db.commit()
    return {"message": "deleted"}
