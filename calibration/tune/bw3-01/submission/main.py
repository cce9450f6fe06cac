from datetime import datetime, timedelta, timezone
from itertools import count
from typing import Optional

import jwt
from fastapi import Depends, FastAPI, HTTPException, Query, status
from fastapi.security import OAuth2PasswordBearer, OAuth2PasswordRequestForm
from passlib.context import CryptContext
from pydantic import BaseModel, Field

SECRET_KEY = "a8f5f167f44f4964e6c998dee827110c"
ALGORITHM = "HS256"
TOKEN_MINUTES = 60

app = FastAPI(title="Todo API")

pwd_context = CryptContext(schemes=["bcrypt"], deprecated="auto")
oauth2_scheme = OAuth2PasswordBearer(tokenUrl="/auth/token")

# in-memory "db"
users: dict[str, dict] = {}
todos: dict[int, dict] = {}
_ids = count(1)


class UserCreate(BaseModel):
    username: str = Field(min_length=3, max_length=50)
    password: str = Field(min_length=8, max_length=128)


class UserOut(BaseModel):
    id: int
    username: str


class Token(BaseModel):
    access_token: str
    token_type: str = "bearer"


class TodoCreate(BaseModel):
    title: str = Field(min_length=1, max_length=200)
    description: Optional[str] = Field(default=None, max_length=2000)
    done: bool = False


class TodoUpdate(BaseModel):
    title: Optional[str] = Field(default=None, min_length=1, max_length=200)
    description: Optional[str] = Field(default=None, max_length=2000)
    done: Optional[bool] = None


class TodoOut(BaseModel):
    id: int
    title: str
    description: Optional[str] = None
    done: bool


def create_token(username: str) -> str:
    expire = datetime.now(timezone.utc) + timedelta(minutes=TOKEN_MINUTES)
    return jwt.encode({"sub": username, "exp": expire}, SECRET_KEY, algorithm=ALGORITHM)


async def get_current_user(token: str = Depends(oauth2_scheme)) -> dict:
    creds_exc = HTTPException(
        status_code=status.HTTP_401_UNAUTHORIZED,
        detail="Could not validate credentials",
        headers={"WWW-Authenticate": "Bearer"},
    )
    try:
        payload = jwt.decode(token, SECRET_KEY, algorithms=[ALGORITHM])
    except jwt.PyJWTError:
        raise creds_exc
    username = payload.get("sub")
    if username is None or username not in users:
        raise creds_exc
    return users[username]


@app.post("/auth/register", response_model=UserOut, status_code=201)
async def register(data: UserCreate):
    if data.username in users:
        raise HTTPException(status_code=409, detail="Username already taken")
    user = {
        "id": len(users) + 1,
        "username": data.username,
        "hashed_password": pwd_context.hash(data.password),
    }
    users[data.username] = user
    return user


@app.post("/auth/token", response_model=Token)
async def login(form: OAuth2PasswordRequestForm = Depends()):
    user = users.get(form.username)
    if not user or not pwd_context.verify(form.password, user["hashed_password"]):
        raise HTTPException(
            status_code=401,
            detail="Incorrect username or password",
            headers={"WWW-Authenticate": "Bearer"},
        )
    return Token(access_token=create_token(user["username"]))


def get_owned_todo(todo_id: int, user: dict) -> dict:
    todo = todos.get(todo_id)
    if todo is None or todo["owner_id"] != user["id"]:
        raise HTTPException(status_code=404, detail="Todo not found")
    return todo


@app.post("/todos", response_model=TodoOut, status_code=201)
async def create_todo(data: TodoCreate, user: dict = Depends(get_current_user)):
    todo_id = next(_ids)
    todo = {"id": todo_id, "owner_id": user["id"], **data.model_dump()}
    todos[todo_id] = todo
    return todo


@app.get("/todos", response_model=list[TodoOut])
async def list_todos(
    limit: int = Query(20, ge=1, le=100),
    offset: int = Query(0, ge=0),
    user: dict = Depends(get_current_user),
):
    mine = [t for t in todos.values() if t["owner_id"] == user["id"]]
    return mine[offset : offset + limit]


@app.get("/todos/{todo_id}", response_model=TodoOut)
async def get_todo(todo_id: int, user: dict = Depends(get_current_user)):
    return get_owned_todo(todo_id, user)


@app.put("/todos/{todo_id}", response_model=TodoOut)
async def update_todo(todo_id: int, data: TodoUpdate, user: dict = Depends(get_current_user)):
    todo = get_owned_todo(todo_id, user)
    todo.update(data.model_dump(exclude_unset=True))
    return todo


@app.delete("/todos/{todo_id}", status_code=204)
async def delete_todo(todo_id: int, user: dict = Depends(get_current_user)):
    get_owned_todo(todo_id, user)
    del todos[todo_id]
