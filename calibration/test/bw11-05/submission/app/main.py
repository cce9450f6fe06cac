from contextlib import asynccontextmanager
from typing import Annotated

from fastapi import Depends, FastAPI, HTTPException, Query, Response, status
from fastapi.security import OAuth2PasswordRequestForm

from app import db
from app.auth import Conn, UserId, create_token, hash_password, verify_password
from app.config import config
from app.schemas import TodoCreate, TodoOut, TodoPage, TodoUpdate, Token, UserCreate, UserOut


@asynccontextmanager
async def lifespan(app: FastAPI):
    app.state.db = await db.connect(config.db_path)
    yield
    await app.state.db.close()


app = FastAPI(title="Todo API", version="0.1.0", lifespan=lifespan)

NOT_FOUND = {404: {"description": "Todo not found (or not yours)"}}
UNAUTHORIZED = {401: {"description": "Missing or invalid bearer token"}}


def _not_found() -> HTTPException:
    return HTTPException(status_code=404, detail="Todo not found")


@app.post("/auth/register", response_model=UserOut, status_code=201, tags=["auth"],
          responses={409: {"description": "Username already taken"}})
async def register(body: UserCreate, conn: Conn) -> UserOut:
    """Create an account."""
    password_hash = await hash_password(body.password)
    user_id = await db.create_user(conn, body.username, password_hash)
    if user_id is None:
        raise HTTPException(status_code=409, detail="Username already taken")
    return UserOut(id=user_id, username=body.username)


@app.post("/auth/token", response_model=Token, tags=["auth"],
          responses={401: {"description": "Bad username or password"}})
async def login(form: Annotated[OAuth2PasswordRequestForm, Depends()], conn: Conn) -> Token:
    """OAuth2 password flow: returns a JWT bearer token."""
    user = await db.get_user_by_name(conn, form.username)
    if user is None or not verify_password(form.password, user["password_hash"]):
        raise HTTPException(
            status_code=401,
            detail="Incorrect username or password",
            headers={"WWW-Authenticate": "Bearer"},
        )
    return Token(access_token=create_token(user["id"]))


@app.post("/todos", response_model=TodoOut, status_code=201, tags=["todos"], responses=UNAUTHORIZED)
async def create_todo(body: TodoCreate, conn: Conn, user_id: UserId) -> dict:
    """Create a todo for the current user."""
    return await db.insert_todo(conn, user_id, body.title, body.description, body.done)


@app.get("/todos", response_model=TodoPage, tags=["todos"], responses=UNAUTHORIZED)
async def list_todos(
    conn: Conn,
    user_id: UserId,
    limit: Annotated[int, Query(ge=1, le=config.max_limit)] = config.default_limit,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> dict:
    """List the current user's todos, paginated."""
    items, total = await db.list_todos(conn, user_id, limit, offset)
    return {"items": items, "total": total, "limit": limit, "offset": offset}


@app.get("/todos/{todo_id}", response_model=TodoOut, tags=["todos"],
         responses={**UNAUTHORIZED, **NOT_FOUND})
async def get_todo(todo_id: int, conn: Conn, user_id: UserId) -> dict:
    """Read one of your todos."""
    todo = await db.get_todo(conn, user_id, todo_id)
    if todo is None:
        raise _not_found()
    return todo


@app.patch("/todos/{todo_id}", response_model=TodoOut, tags=["todos"],
           responses={**UNAUTHORIZED, **NOT_FOUND})
async def update_todo(todo_id: int, body: TodoUpdate, conn: Conn, user_id: UserId) -> dict:
    """Partially update a todo: only the fields you send are changed."""
    changes = body.model_dump(exclude_unset=True, exclude_none=True)
    todo = await db.update_todo(conn, user_id, todo_id, changes)
    if todo is None:
        raise _not_found()
    return todo


@app.delete("/todos/{todo_id}", status_code=204, tags=["todos"],
            responses={**UNAUTHORIZED, **NOT_FOUND})
async def delete_todo(todo_id: int, conn: Conn, user_id: UserId) -> Response:
    """Delete a todo."""
    if not await db.delete_todo(conn, user_id, todo_id):
        raise _not_found()
    return Response(status_code=status.HTTP_204_NO_CONTENT)
