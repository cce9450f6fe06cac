# main.py
# =====================================================
# 📝 My Awesome Todo API!!! 📝
# =====================================================
# This is the main file of the app. It creates the FastAPI app
# and has all the endpoints (routes) of the API.
# Made with ❤️ and FastAPI
# =====================================================

import csv  # for exporting todos to a CSV file 📊
import io  # we need this to write the CSV in memory
import random  # for the random motivational quotes! 🎲
import time  # to calculate the uptime of the server ⏱️
from datetime import datetime, timedelta
from typing import List, Optional

from fastapi import Depends, FastAPI, HTTPException, Response
from fastapi.middleware.cors import CORSMiddleware
from fastapi.security import OAuth2PasswordRequestForm
from sqlmodel import Session, select

# our own files
from auth import (
    ACCESS_TOKEN_EXPIRE_MINUTES,
    create_access_token,
    get_current_user,
    hash_password,
    verify_password,
)
from database import create_db_and_tables, get_session
from models import Tag, Todo, TodoCreate, TodoRead, TodoUpdate, User, UserCreate

# create the app with a nice title and description (you can see them in /docs!)
app = FastAPI(
    title="My Awesome Todo API 📝",
    description="A super cool API to manage your todos! Made for the take-home assignment 🚀",
    version="1.0.0",
)

# remember when the server started so we can show the uptime in /health
START_TIME = time.time()

# CORS lets our (future!) React frontend talk to the API 🌐
origins = [
    "http://localhost:3000",  # React
    "http://localhost:5173",  # Vite
]
app.add_middleware(
    CORSMiddleware,
    allow_origins=origins,
    allow_credentials=True,
    allow_methods=["*"],
    allow_headers=["*"],
)


@app.on_event("startup")
def on_startup():
    # create the database tables when the app starts
    create_db_and_tables()


# create the tables right away too (the startup event didn't run in my tests 🤷)
create_db_and_tables()


# the list of the possible fields to sort the todos by
SORT_FIELDS = ["created_at", "priority", "title", "due_date"]

# EXTRA FEATURE: motivational quotes to keep you productive 💪
MOTIVATIONAL_QUOTES = [
    "The secret of getting ahead is getting started. 🚀",
    "You don't have to be great to start, but you have to start to be great! 💪",
    "Done is better than perfect. ✅",
    "One todo at a time! 🐢",
    "Small steps every day lead to big results. 🌱",
]


# =====================================================
# 🛠️ HELPER FUNCTIONS
# =====================================================

def todo_to_read(todo):
    # convert a Todo from the database into a TodoRead for the response
    # we also add the names of the tags (because Tag objects are not nice to show)
    return TodoRead(
        id=todo.id,
        title=todo.title,
        description=todo.description,
        done=todo.done,
        priority=todo.priority,
        color=todo.color,
        due_date=todo.due_date,
        owner_id=todo.owner_id,
        created_at=todo.created_at,
        updated_at=todo.updated_at,
        tags=[tag.name for tag in todo.tags],
    )


def calculate_percent(part, total):
    # calculate the percentage, but don't divide by zero!! 😱
    if total == 0:
        return 0
    return round(part / total * 100, 1)


def make_csv(todos):
    # write all the todos into a CSV text (you can open it in Excel!) 📊
    output = io.StringIO()
    writer = csv.writer(output)
    writer.writerow(["id", "title", "description", "done", "priority", "due_date", "tags"])
    for todo in todos:
        tag_names = ", ".join([tag.name for tag in todo.tags])
        writer.writerow([todo.id, todo.title, todo.description, todo.done, todo.priority, todo.due_date, tag_names])
    return output.getvalue()


# =====================================================
# 🎉 FUN / GENERAL ENDPOINTS
# =====================================================

@app.get("/", tags=["General 🏠"])
async def home():
    # a friendly welcome message
    return {"message": "Welcome to My Awesome Todo API! 🎉 Go to /docs to see all the endpoints"}


@app.get("/health", tags=["General 🏠"])
async def health_check():
    # shows that the server is running and for how long
    uptime_seconds = int(time.time() - START_TIME)
    return {"status": "healthy ✅", "uptime_seconds": uptime_seconds, "server_time": datetime.now().isoformat()}


@app.get("/motivation", tags=["General 🏠"])
async def get_motivation():
    # pick a random quote from our list 🎲
    return {"quote": random.choice(MOTIVATIONAL_QUOTES)}


# =====================================================
# 🔐 AUTH ENDPOINTS
# =====================================================

@app.post("/signup", response_model=User, status_code=201, tags=["Auth 🔐"])
async def signup(user_data: UserCreate, session: Session = Depends(get_session)):
    # first check if the username is already taken
    existing_user = session.exec(select(User).where(User.username == user_data.username)).first()
    if existing_user:
        raise HTTPException(status_code=400, detail="Username already exists! Please choose another one 😅")

    # hash the password so we never store the real one 🔒
    hashed = hash_password(user_data.password)

    # create the new user and save it in the database
    new_user = User(username=user_data.username, hashed_password=hashed)
    session.add(new_user)
    session.commit()
    session.refresh(new_user)  # refresh to get the id from the database
    return new_user


@app.post("/login", tags=["Auth 🔐"])
async def login(form_data: OAuth2PasswordRequestForm = Depends(), session: Session = Depends(get_session)):
    # find the user with this username
    user = session.exec(select(User).where(User.username == form_data.username)).first()

    # check that the user exists AND the password is correct
    if not user or not verify_password(form_data.password, user.hashed_password):
        raise HTTPException(
            status_code=401,
            detail="Wrong username or password 😢",
            headers={"WWW-Authenticate": "Bearer"},
        )

    # create the token 🎟️
    access_token = create_access_token(
        data={"sub": user.username}, expires_delta=timedelta(minutes=ACCESS_TOKEN_EXPIRE_MINUTES)
    )
    return {
        "access_token": access_token,
        "token_type": "bearer",
        "message": f"Welcome back, {user.username}! 👋",
    }


# =====================================================
# ✅ TODO ENDPOINTS
# =====================================================

@app.post("/todos", response_model=TodoRead, status_code=201, tags=["Todos ✅"])
async def create_todo(
    todo_data: TodoCreate,
    session: Session = Depends(get_session),
    current_user: User = Depends(get_current_user),
):
    # create the todo (without the tags first, because we need the todo id for the tags)
    new_todo = Todo(
        title=todo_data.title,
        description=todo_data.description,
        done=todo_data.done,
        priority=todo_data.priority,
        color=todo_data.color,
        due_date=todo_data.due_date,
        owner_id=current_user.id,
    )
    session.add(new_todo)
    session.commit()
    session.refresh(new_todo)

    # now add the tags 🏷️
    for tag_name in todo_data.tags:
        tag = Tag(name=tag_name, todo_id=new_todo.id)
        session.add(tag)
    session.commit()
    session.refresh(new_todo)

    return todo_to_read(new_todo)


@app.get("/todos", response_model=List[TodoRead], tags=["Todos ✅"])
async def get_todos(
    limit: int = 100,
    offset: int = 0,
    done: Optional[bool] = None,
    sort_by: str = "created_at",
    session: Session = Depends(get_session),
    current_user: User = Depends(get_current_user),
):
    # make sure the sort field is valid
    if sort_by not in SORT_FIELDS:
        raise HTTPException(status_code=400, detail=f"sort_by must be one of {SORT_FIELDS}")

    # get only the todos of the current user
    statement = select(Todo).where(Todo.owner_id == current_user.id)

    # EXTRA FEATURE: filter by done / not done
    if done is not None:
        statement = statement.where(Todo.done == done)

    statement = statement.order_by(getattr(Todo, sort_by)).offset(offset).limit(limit)
    todos = session.exec(statement).all()

    # convert every todo to the response format (with the tag names!)
    result = []
    for todo in todos:
        result.append(todo_to_read(todo))
    return result


@app.get("/todos/search", response_model=List[TodoRead], tags=["Todos ✅"])
async def search_todos(
    q: str,
    session: Session = Depends(get_session),
    current_user: User = Depends(get_current_user),
):
    # EXTRA FEATURE: search in the title and the description 🔍
    all_todos = session.exec(select(Todo).where(Todo.owner_id == current_user.id)).all()
    results = []
    for todo in all_todos:
        # lower() so the search is not case sensitive
        if q.lower() in todo.title.lower() or (todo.description and q.lower() in todo.description.lower()):
            results.append(todo_to_read(todo))
    return results


@app.get("/todos/stats", tags=["Todos ✅"])
async def get_stats(
    session: Session = Depends(get_session),
    current_user: User = Depends(get_current_user),
):
    # EXTRA FEATURE: statistics about your todos 📈
    todos = session.exec(select(Todo).where(Todo.owner_id == current_user.id)).all()
    total = len(todos)
    done = len([t for t in todos if t.done])
    overdue = len([t for t in todos if t.due_date and not t.done and t.due_date < datetime.now()])
    by_priority = {}
    for p in range(1, 6):
        by_priority[p] = len([t for t in todos if t.priority == p])
    return {
        "total": total,
        "done": done,
        "not_done": total - done,
        "overdue": overdue,
        "percent_done": calculate_percent(done, total),
        "by_priority": by_priority,
    }


@app.get("/todos/export", tags=["Todos ✅"])
async def export_todos(
    session: Session = Depends(get_session),
    current_user: User = Depends(get_current_user),
):
    # EXTRA FEATURE: download all your todos as a CSV file 📥
    todos = session.exec(select(Todo).where(Todo.owner_id == current_user.id)).all()
    csv_text = make_csv(todos)
    return Response(
        content=csv_text,
        media_type="text/csv",
        headers={"Content-Disposition": "attachment; filename=todos.csv"},
    )


@app.get("/todos/{todo_id}", response_model=TodoRead, tags=["Todos ✅"])
async def get_todo(
    todo_id: int,
    session: Session = Depends(get_session),
    current_user: User = Depends(get_current_user),
):
    # find the todo by its id
    todo = session.get(Todo, todo_id)
    if not todo:
        raise HTTPException(status_code=404, detail="Todo not found 🔍")
    # make sure the todo belongs to the current user!
    if todo.owner_id != current_user.id:
        raise HTTPException(status_code=403, detail="This is not your todo! 🚫")
    return todo_to_read(todo)


@app.put("/todos/{todo_id}", response_model=TodoRead, tags=["Todos ✅"])
async def update_todo(
    todo_id: int,
    todo_update: TodoUpdate,
    session: Session = Depends(get_session),
    current_user: User = Depends(get_current_user),
):
    todo = session.get(Todo, todo_id)
    if not todo:
        raise HTTPException(status_code=404, detail="Todo not found 🔍")
    if todo.owner_id != current_user.id:
        raise HTTPException(status_code=403, detail="This is not your todo! 🚫")

    # only change the fields that the user sent
    update_data = todo_update.model_dump(exclude_unset=True)
    new_tags = update_data.pop("tags", None)
    for key, value in update_data.items():
        setattr(todo, key, value)
    todo.updated_at = datetime.utcnow()

    # if new tags were sent, replace the old ones
    if new_tags is not None:
        for old_tag in todo.tags:
            session.delete(old_tag)
        for tag_name in new_tags:
            session.add(Tag(name=tag_name, todo_id=todo.id))

    session.add(todo)
    session.commit()
    session.refresh(todo)
    return todo_to_read(todo)


@app.patch("/todos/{todo_id}/toggle", response_model=TodoRead, tags=["Todos ✅"])
async def toggle_todo(
    todo_id: int,
    session: Session = Depends(get_session),
    current_user: User = Depends(get_current_user),
):
    # EXTRA FEATURE: quickly mark a todo as done / not done with one click ✔️
    todo = session.get(Todo, todo_id)
    if not todo:
        raise HTTPException(status_code=404, detail="Todo not found 🔍")
    todo.done = not todo.done
    todo.updated_at = datetime.utcnow()
    session.add(todo)
    session.commit()
    session.refresh(todo)
    return todo_to_read(todo)


@app.delete("/todos/{todo_id}", tags=["Todos ✅"])
async def delete_todo(
    todo_id: int,
    session: Session = Depends(get_session),
    current_user: User = Depends(get_current_user),
):
    todo = session.get(Todo, todo_id)
    if not todo:
        raise HTTPException(status_code=404, detail="Todo not found 🔍")
    if todo.owner_id != current_user.id:
        raise HTTPException(status_code=403, detail="This is not your todo! 🚫")

    # delete the tags first, then the todo itself 🗑️
    for tag in todo.tags:
        session.delete(tag)
    session.delete(todo)
    session.commit()
    return {"message": "Todo deleted successfully! 🗑️"}
