from datetime import datetime, timedelta, timezone
from typing import Annotated

from fastapi import Depends, FastAPI, HTTPException, Query, status
from fastapi.security import OAuth2PasswordBearer, OAuth2PasswordRequestForm
from jose import JWTError, jwt
from passlib.context import CryptContext
from pydantic import BaseModel

# to get a string like this run:
# openssl rand -hex 32
SECRET_KEY = "09d25e094faa6ca2556c818166b7a9563b93f7099f6f0f4caa6cf63b88e8d3e7"
ALGORITHM = "HS256"
ACCESS_TOKEN_EXPIRE_MINUTES = 30


class Token(BaseModel):
    access_token: str
    token_type: str


class TokenData(BaseModel):
    username: str | None = None


class UserCreate(BaseModel):
    username: str
    password: str


class User(BaseModel):
    username: str


class UserInDB(User):
    hashed_password: str


class TodoCreate(BaseModel):
    title: str
    description: str | None = None
    done: bool = False


class Todo(TodoCreate):
    id: int
    owner: str


# "database" (in memory for now)
fake_users_db: dict[str, UserInDB] = {}
fake_todos_db: dict[int, Todo] = {}
next_todo_id = 1

pwd_context = CryptContext(schemes=["bcrypt"], deprecated="auto")

oauth2_scheme = OAuth2PasswordBearer(tokenUrl="token")

app = FastAPI(title="Todo API")


def verify_password(plain_password: str, hashed_password: str) -> bool:
    return pwd_context.verify(plain_password, hashed_password)


def get_password_hash(password: str) -> str:
    return pwd_context.hash(password)


def get_user(username: str) -> UserInDB | None:
    return fake_users_db.get(username)


def authenticate_user(username: str, password: str) -> UserInDB | None:
    user = get_user(username)
    if not user:
        return None
    if not verify_password(password, user.hashed_password):
        return None
    return user


def create_access_token(data: dict, expires_delta: timedelta | None = None) -> str:
    to_encode = data.copy()
    if expires_delta:
        expire = datetime.now(timezone.utc) + expires_delta
    else:
        expire = datetime.now(timezone.utc) + timedelta(minutes=15)
    to_encode.update({"exp": expire})
    encoded_jwt = jwt.encode(to_encode, SECRET_KEY, algorithm=ALGORITHM)
    return encoded_jwt


async def get_current_user(token: Annotated[str, Depends(oauth2_scheme)]) -> User:
    credentials_exception = HTTPException(
        status_code=status.HTTP_401_UNAUTHORIZED,
        detail="Could not validate credentials",
        headers={"WWW-Authenticate": "Bearer"},
    )
    try:
        payload = jwt.decode(token, SECRET_KEY, algorithms=[ALGORITHM])
        username = payload.get("sub")
        if username is None:
            raise credentials_exception
        token_data = TokenData(username=username)
    except JWTError:
        raise credentials_exception
    user = get_user(username=token_data.username)
    if user is None:
        raise credentials_exception
    return user


@app.post("/register", response_model=UserInDB, status_code=201)
async def register(user: UserCreate):
    if user.username in fake_users_db:
        raise HTTPException(status_code=400, detail="Username already registered")
    hashed_password = get_password_hash(user.password)
    db_user = UserInDB(username=user.username, hashed_password=hashed_password)
    fake_users_db[user.username] = db_user
    return db_user


@app.post("/token", response_model=Token)
async def login_for_access_token(
    form_data: Annotated[OAuth2PasswordRequestForm, Depends()],
) -> Token:
    user = authenticate_user(form_data.username, form_data.password)
    if not user:
        raise HTTPException(
            status_code=status.HTTP_401_UNAUTHORIZED,
            detail="Incorrect username or password",
            headers={"WWW-Authenticate": "Bearer"},
        )
    access_token_expires = timedelta(minutes=ACCESS_TOKEN_EXPIRE_MINUTES)
    access_token = create_access_token(
        data={"sub": user.username}, expires_delta=access_token_expires
    )
    return Token(access_token=access_token, token_type="bearer")


@app.get("/users/me", response_model=User)
async def read_users_me(current_user: Annotated[User, Depends(get_current_user)]):
    return current_user


@app.post("/todos", response_model=Todo, status_code=201)
async def create_todo(
    todo: TodoCreate, current_user: Annotated[User, Depends(get_current_user)]
):
    global next_todo_id
    new_todo = Todo(id=next_todo_id, owner=current_user.username, **todo.model_dump())
    fake_todos_db[next_todo_id] = new_todo
    next_todo_id += 1
    return new_todo


@app.get("/todos", response_model=list[Todo])
async def read_todos(
    current_user: Annotated[User, Depends(get_current_user)],
    offset: Annotated[int, Query(ge=0)] = 0,
    limit: Annotated[int, Query(ge=1, le=100)] = 10,
):
    my_todos = [t for t in fake_todos_db.values() if t.owner == current_user.username]
    return my_todos[offset : offset + limit]


@app.get("/todos/{todo_id}", response_model=Todo)
async def read_todo(todo_id: int, current_user: Annotated[User, Depends(get_current_user)]):
    todo = fake_todos_db.get(todo_id)
    if todo is None or todo.owner != current_user.username:
        raise HTTPException(status_code=404, detail="Todo not found")
    return todo


@app.put("/todos/{todo_id}", response_model=Todo)
async def update_todo(
    todo_id: int,
    todo: TodoCreate,
    current_user: Annotated[User, Depends(get_current_user)],
):
    stored = fake_todos_db.get(todo_id)
    if stored is None or stored.owner != current_user.username:
        raise HTTPException(status_code=404, detail="Todo not found")
    updated = Todo(id=todo_id, owner=current_user.username, **todo.model_dump())
    fake_todos_db[todo_id] = updated
    return updated


@app.delete("/todos/{todo_id}", status_code=204)
async def delete_todo(todo_id: int, current_user: Annotated[User, Depends(get_current_user)]):
    stored = fake_todos_db.get(todo_id)
    if stored is None or stored.owner != current_user.username:
        raise HTTPException(status_code=404, detail="Todo not found")
    del fake_todos_db[todo_id]
