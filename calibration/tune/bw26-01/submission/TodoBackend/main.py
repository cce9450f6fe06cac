import sqlite3
from typing import Optional

from fastapi import Depends, FastAPI, HTTPException, Query, Response, status
from fastapi.security import OAuth2PasswordRequestForm

from .AuthService import currentUserId, hashPassword, makeToken, verifyPassword
from .Database import Database
from .Models import (
    SignUpRequest,
    TodoCreateRequest,
    TodoListResponse,
    TodoResponse,
    TodoUpdateRequest,
    TokenResponse,
    UserResponse,
)

app = FastAPI(title="TodoBackend", version="1.0")


# MARK: - Helpers

def rowToTodo(row: sqlite3.Row) -> TodoResponse:
    return TodoResponse(
        id=row["id"],
        title=row["title"],
        description=row["description"],
        isDone=bool(row["is_done"]),
    )


def fetchTodo(todoId: int, userId: int) -> Optional[sqlite3.Row]:
    db = Database.getShared()
    return db.connection.execute(
        "SELECT * FROM todos WHERE id = ? AND owner_id = ?", (todoId, userId)
    ).fetchone()


# MARK: - Auth

@app.post("/auth/signup", response_model=UserResponse, status_code=status.HTTP_201_CREATED)
async def signUp(body: SignUpRequest) -> UserResponse:
    db = Database.getShared()
    try:
        cursor = db.connection.execute(
            "INSERT INTO users (username, password_hash) VALUES (?, ?)",
            (body.username, hashPassword(body.password)),
        )
        db.connection.commit()
    except sqlite3.IntegrityError:
        raise HTTPException(status_code=409, detail="Username already taken")
    return UserResponse(id=cursor.lastrowid, username=body.username)


@app.post("/auth/login", response_model=TokenResponse)
async def logIn(form: OAuth2PasswordRequestForm = Depends()) -> TokenResponse:
    db = Database.getShared()
    row = db.connection.execute(
        "SELECT id, password_hash FROM users WHERE username = ?", (form.username,)
    ).fetchone()
    if row is None or not verifyPassword(form.password, row["password_hash"]):
        raise HTTPException(
            status_code=status.HTTP_401_UNAUTHORIZED,
            detail="Wrong username or password",
            headers={"WWW-Authenticate": "Bearer"},
        )
    return TokenResponse(access_token=makeToken(row["id"]))


# MARK: - Todos

@app.post("/todos", response_model=TodoResponse, status_code=status.HTTP_201_CREATED)
async def createTodo(body: TodoCreateRequest, userId: int = Depends(currentUserId)) -> TodoResponse:
    db = Database.getShared()
    cursor = db.connection.execute(
        "INSERT INTO todos (owner_id, title, description, is_done) VALUES (?, ?, ?, ?)",
        (userId, body.title, body.description, int(body.isDone)),
    )
    db.connection.commit()
    return TodoResponse(id=cursor.lastrowid, title=body.title, description=body.description, isDone=body.isDone)


@app.get("/todos", response_model=TodoListResponse)
async def listTodos(
    limit: int = Query(default=20, ge=1, le=100),
    offset: int = Query(default=0, ge=0),
    userId: int = Depends(currentUserId),
) -> TodoListResponse:
    db = Database.getShared()
    rows = db.connection.execute(
        "SELECT * FROM todos WHERE owner_id = ? ORDER BY id LIMIT ? OFFSET ?",
        (userId, limit, offset),
    ).fetchall()
    return TodoListResponse(items=[rowToTodo(r) for r in rows], limit=limit, offset=offset)


@app.get("/todos/{todoId}", response_model=TodoResponse)
async def getTodo(todoId: int, userId: int = Depends(currentUserId)) -> TodoResponse:
    row = fetchTodo(todoId, userId)
    if row is None:
        raise HTTPException(status_code=404, detail="Todo not found")
    return rowToTodo(row)


@app.patch("/todos/{todoId}", response_model=TodoResponse)
async def updateTodo(
    todoId: int, body: TodoUpdateRequest, userId: int = Depends(currentUserId)
) -> TodoResponse:
    row = fetchTodo(todoId, userId)
    if row is None:
        raise HTTPException(status_code=404, detail="Todo not found")

    newTitle = body.title if body.title is not None else row["title"]
    newDescription = body.description if body.description is not None else row["description"]
    newIsDone = body.isDone if body.isDone is not None else bool(row["is_done"])

    db = Database.getShared()
    db.connection.execute(
        "UPDATE todos SET title = ?, description = ?, is_done = ? WHERE id = ? AND owner_id = ?",
        (newTitle, newDescription, int(newIsDone), todoId, userId),
    )
    db.connection.commit()
    return TodoResponse(id=todoId, title=newTitle, description=newDescription, isDone=newIsDone)


@app.delete("/todos/{todoId}", status_code=status.HTTP_204_NO_CONTENT)
async def deleteTodo(todoId: int, userId: int = Depends(currentUserId)) -> Response:
    row = fetchTodo(todoId, userId)
    if row is None:
        raise HTTPException(status_code=404, detail="Todo not found")
    db = Database.getShared()
    db.connection.execute("DELETE FROM todos WHERE id = ? AND owner_id = ?", (todoId, userId))
    db.connection.commit()
    return Response(status_code=status.HTTP_204_NO_CONTENT)
