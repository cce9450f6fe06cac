# Todo API - MVP
# ship it, iterate later
from datetime import datetime, timedelta, timezone
from typing import Optional, List

from fastapi import FastAPI, Depends, HTTPException, status
from fastapi.middleware.cors import CORSMiddleware
from fastapi.security import OAuth2PasswordBearer, OAuth2PasswordRequestForm
from jose import JWTError, jwt
from passlib.context import CryptContext
from sqlmodel import Field, Session, SQLModel, create_engine, select

SECRET_KEY = "tododo-mvp-secret-change-me-later-2024"
ALGORITHM = "HS256"
TOKEN_EXPIRE_MINUTES = 60 * 24 * 30  # 30 days, nobody likes logging in

engine = create_engine("sqlite:///todos.db", connect_args={"check_same_thread": False})
pwd = CryptContext(schemes=["bcrypt"], deprecated="auto")
oauth2_scheme = OAuth2PasswordBearer(tokenUrl="/login")

app = FastAPI(title="Tododo API", version="0.1.0")

app.add_middleware(
    CORSMiddleware,
    allow_origins=["*"],
    allow_credentials=True,
    allow_methods=["*"],
    allow_headers=["*"],
)


# ---------- models ----------

class User(SQLModel, table=True):
    id: Optional[int] = Field(default=None, primary_key=True)
    username: str = Field(index=True, unique=True)
    hashed_password: str
    created_at: datetime = Field(default_factory=lambda: datetime.now(timezone.utc))


class UserCreate(SQLModel):
    username: str
    password: str


class UserRead(SQLModel):
    id: int
    username: str
    created_at: datetime


class Todo(SQLModel, table=True):
    id: Optional[int] = Field(default=None, primary_key=True)
    title: str
    description: Optional[str] = None
    done: bool = False
    owner_id: int = Field(foreign_key="user.id")
    created_at: datetime = Field(default_factory=lambda: datetime.now(timezone.utc))


class TodoCreate(SQLModel):
    title: str
    description: Optional[str] = None
    done: bool = False


class TodoUpdate(SQLModel):
    title: Optional[str] = None
    description: Optional[str] = None
    done: Optional[bool] = None


class TodoRead(SQLModel):
    id: int
    title: str
    description: Optional[str]
    done: bool
    created_at: datetime


class Token(SQLModel):
    access_token: str
    token_type: str = "bearer"


@app.on_event("startup")
def on_startup():
    SQLModel.metadata.create_all(engine)


def get_session():
    with Session(engine) as session:
        yield session


async def get_current_user(token: str = Depends(oauth2_scheme), session: Session = Depends(get_session)) -> User:
    creds_exc = HTTPException(
        status_code=status.HTTP_401_UNAUTHORIZED,
        detail="Could not validate credentials",
        headers={"WWW-Authenticate": "Bearer"},
    )
    try:
        payload = jwt.decode(token, SECRET_KEY, algorithms=[ALGORITHM])
        username = payload.get("sub")
        if username is None:
            raise creds_exc
    except JWTError:
        raise creds_exc
    user = session.exec(select(User).where(User.username == username)).first()
    if not user:
        raise creds_exc
    return user


# ---------- auth ----------

@app.post("/signup", response_model=UserRead, status_code=201)
async def signup(data: UserCreate, session: Session = Depends(get_session)):
    existing = session.exec(select(User).where(User.username == data.username)).first()
    if existing:
        raise HTTPException(400, "Username taken")
    user = User(username=data.username, hashed_password=pwd.hash(data.password))
    session.add(user)
    session.commit()
    session.refresh(user)
    return user


@app.post("/login", response_model=Token)
async def login(form: OAuth2PasswordRequestForm = Depends(), session: Session = Depends(get_session)):
    user = session.exec(select(User).where(User.username == form.username)).first()
    if not user or not pwd.verify(form.password, user.hashed_password):
        raise HTTPException(401, "Wrong username or password", headers={"WWW-Authenticate": "Bearer"})
    expire = datetime.now(timezone.utc) + timedelta(minutes=TOKEN_EXPIRE_MINUTES)
    token = jwt.encode({"sub": user.username, "exp": expire}, SECRET_KEY, algorithm=ALGORITHM)
    return Token(access_token=token)


@app.get("/me", response_model=UserRead)
async def me(user: User = Depends(get_current_user)):
    return user


# ---------- todos ----------

@app.get("/todos", response_model=List[TodoRead])
async def list_todos(
    limit: int = 50,
    offset: int = 0,
    user: User = Depends(get_current_user),
    session: Session = Depends(get_session),
):
    todos = session.exec(select(Todo).where(Todo.owner_id == user.id)).all()
    return todos[offset:offset + limit]


@app.post("/todos", response_model=TodoRead, status_code=201)
async def create_todo(data: TodoCreate, user: User = Depends(get_current_user), session: Session = Depends(get_session)):
    todo = Todo(**data.dict(), owner_id=user.id)
    session.add(todo)
    session.commit()
    session.refresh(todo)
    return todo


def _get_own_todo(session: Session, todo_id: int, user: User) -> Todo:
    todo = session.exec(select(Todo).where(Todo.id == todo_id, Todo.owner_id == user.id)).first()
    if not todo:
        raise HTTPException(404, "Todo not found")
    return todo


@app.get("/todos/{todo_id}", response_model=TodoRead)
async def get_todo(todo_id: int, user: User = Depends(get_current_user), session: Session = Depends(get_session)):
    return _get_own_todo(session, todo_id, user)


@app.patch("/todos/{todo_id}", response_model=TodoRead)
async def update_todo(todo_id: int, data: TodoUpdate, user: User = Depends(get_current_user), session: Session = Depends(get_session)):
    todo = _get_own_todo(session, todo_id, user)
    for k, v in data.dict(exclude_unset=True).items():
        setattr(todo, k, v)
    session.add(todo)
    session.commit()
    session.refresh(todo)
    return todo


@app.delete("/todos/{todo_id}", status_code=204)
async def delete_todo(todo_id: int, user: User = Depends(get_current_user), session: Session = Depends(get_session)):
    todo = _get_own_todo(session, todo_id, user)
    session.delete(todo)
    session.commit()
