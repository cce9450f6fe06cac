import uuid
from datetime import datetime, timezone

from fastapi import APIRouter, Depends, HTTPException, Request, Response

from app.db import getDb
from app.middleware.auth import authMiddleware
from app.models.schemas import CreateTodoBody

router = APIRouter()

SORT_FIELDS = {"createdAt": "createdAt", "updatedAt": "updatedAt", "title": "title"}
SORT_ORDERS = {"asc": "ASC", "desc": "DESC"}
UPDATABLE_FIELDS = ["title", "description", "completed"]


def serialize(row):
    todo = dict(row)
    todo["completed"] = bool(todo["completed"])
    return todo


async def findTodo(db, todoId, userId):
    cursor = await db.execute(
        "SELECT * FROM todos WHERE id = ? AND userId = ?", (todoId, userId)
    )
    return await cursor.fetchone()


@router.get("/")
async def getTodos(
    limit: int = 10,
    offset: int = 0,
    sortBy: str = "createdAt",
    order: str = "desc",
    user=Depends(authMiddleware),
    db=Depends(getDb),
):
    if sortBy not in SORT_FIELDS or order not in SORT_ORDERS:
        raise HTTPException(status_code=400, detail="Invalid sort options")

    cursor = await db.execute(
        f"SELECT * FROM todos WHERE userId = ? ORDER BY {SORT_FIELDS[sortBy]} {SORT_ORDERS[order]}",
        (user["id"],),
    )
    rows = await cursor.fetchall()
    todos = [serialize(r) for r in rows]

    return {
        "data": todos[offset : offset + limit],
        "total": len(todos),
        "limit": limit,
        "offset": offset,
    }


@router.post("/", status_code=201)
async def createTodo(body: CreateTodoBody, user=Depends(authMiddleware), db=Depends(getDb)):
    if not body.title.strip():
        raise HTTPException(status_code=400, detail="title is required")

    now = datetime.now(timezone.utc).isoformat()
    todoId = str(uuid.uuid4())
    await db.execute(
        "INSERT INTO todos (id, userId, title, description, completed, createdAt, updatedAt) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        (todoId, user["id"], body.title, body.description, int(body.completed), now, now),
    )
    await db.commit()

    return serialize(await findTodo(db, todoId, user["id"]))


@router.get("/{todoId}")
async def getTodo(todoId: str, user=Depends(authMiddleware), db=Depends(getDb)):
    todo = await findTodo(db, todoId, user["id"])
    if not todo:
        raise HTTPException(status_code=404, detail="Todo not found")
    return serialize(todo)


@router.put("/{todoId}")
async def updateTodo(todoId: str, request: Request, user=Depends(authMiddleware), db=Depends(getDb)):
    body = await request.json()

    todo = await findTodo(db, todoId, user["id"])
    if not todo:
        raise HTTPException(status_code=404, detail="Todo not found")

    updates = {k: v for k, v in body.items() if k in UPDATABLE_FIELDS}
    if not updates:
        raise HTTPException(status_code=400, detail="Nothing to update")

    updates["updatedAt"] = datetime.now(timezone.utc).isoformat()
    setClause = ", ".join(f"{k} = ?" for k in updates)
    await db.execute(
        f"UPDATE todos SET {setClause} WHERE id = ? AND userId = ?",
        (*updates.values(), todoId, user["id"]),
    )
    await db.commit()

    return serialize(await findTodo(db, todoId, user["id"]))


@router.delete("/{todoId}", status_code=204)
async def deleteTodo(todoId: str, user=Depends(authMiddleware), db=Depends(getDb)):
    todo = await findTodo(db, todoId, user["id"])
    if not todo:
        raise HTTPException(status_code=404, detail="Todo not found")

    await db.execute("DELETE FROM todos WHERE id = ? AND userId = ?", (todoId, user["id"]))
    await db.commit()
    return Response(status_code=204)
