from fastapi import Body, Depends, FastAPI, HTTPException, Query, status
from fastapi.security import OAuth2PasswordRequestForm

import crud
import schemas
from auth import authenticate, create_token, get_current_user, hash_password
from database import Base, engine, get_db

Base.metadata.create_all(bind=engine)

app = FastAPI(
    title="Todo Service",
    description="Per-user todo lists. Auth: OAuth2 password flow, bearer JWT.",
    version="0.2.0",
)

MAX_LIMIT = 100


def get_todo_or_404(db, todo_id, user):
    todo = crud.get_todo(db, todo_id, user.id)
    if todo is None:
        raise HTTPException(status_code=404, detail=f"Todo {todo_id} not found")
    return todo


@app.post(
    "/register",
    response_model=schemas.UserOut,
    status_code=status.HTTP_201_CREATED,
    tags=["auth"],
)
def register(user_in: schemas.UserCreate, db=Depends(get_db)):
    if crud.get_user_by_username(db, user_in.username):
        raise HTTPException(status_code=409, detail="Username already exists")
    return crud.create_user(db, user_in.username, hash_password(user_in.password))


@app.post("/login", response_model=schemas.Token, tags=["auth"])
def login(form: OAuth2PasswordRequestForm = Depends(), db=Depends(get_db)):
    user = authenticate(db, form.username, form.password)
    if not user:
        raise HTTPException(
            status_code=status.HTTP_401_UNAUTHORIZED,
            detail="Wrong username or password",
            headers={"WWW-Authenticate": "Bearer"},
        )
    return {"access_token": create_token(user.username), "token_type": "bearer"}


@app.get("/todos", response_model=list[schemas.TodoOut], tags=["todos"])
def list_todos(
    limit: int = Query(20, ge=1, le=MAX_LIMIT),
    offset: int = Query(0, ge=0),
    db=Depends(get_db),
    user=Depends(get_current_user),
):
    return crud.list_todos(db, user.id, limit, offset)


@app.post(
    "/todos",
    response_model=schemas.TodoOut,
    status_code=status.HTTP_201_CREATED,
    tags=["todos"],
)
def create_todo(todo_in: schemas.TodoCreate, db=Depends(get_db), user=Depends(get_current_user)):
    return crud.create_todo(db, todo_in.model_dump(), user.id)


@app.get("/todos/{todo_id}", response_model=schemas.TodoOut, tags=["todos"])
def get_todo(todo_id: int, db=Depends(get_db), user=Depends(get_current_user)):
    return get_todo_or_404(db, todo_id, user)


@app.patch("/todos/{todo_id}", response_model=schemas.TodoOut, tags=["todos"])
def update_todo(
    todo_id: int,
    payload: dict = Body(..., examples=[{"done": True}]),
    db=Depends(get_db),
    user=Depends(get_current_user),
):
    todo = get_todo_or_404(db, todo_id, user)
    if "title" in payload and not payload["title"]:
        raise HTTPException(status_code=422, detail="title must not be empty")
    return crud.update_todo(db, todo, payload)


@app.delete("/todos/{todo_id}", status_code=status.HTTP_204_NO_CONTENT, tags=["todos"])
def delete_todo(todo_id: int, db=Depends(get_db), user=Depends(get_current_user)):
    todo = get_todo_or_404(db, todo_id, user)
    crud.delete_todo(db, todo)
