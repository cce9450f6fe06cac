import uuid
from datetime import datetime

from app.redis_client import client


def format_todo(todo):
    return {
        "id": todo["id"],
        "userId": todo["userId"],
        "title": todo["title"],
        "description": todo.get("description", ""),
        "done": todo.get("done") == "true",
        "createdAt": todo["createdAt"],
        "updatedAt": todo.get("updatedAt"),
    }


async def get_all_todos(user_id):
    # grab every todo and keep the ones that belong to this user
    keys = await client.keys("todo:*")
    todos = []
    for key in keys:
        todo = await client.hgetall(key)
        if todo.get("userId") == user_id:
            todos.append(format_todo(todo))
    todos.sort(key=lambda t: t["createdAt"], reverse=True)
    return todos


async def get_todo(id):
    todo = await client.hgetall(f"todo:{id}")
    if not todo:
        return None
    return format_todo(todo)


async def create_todo(user_id, data):
    id = str(uuid.uuid4())
    now = datetime.utcnow().isoformat()
    todo = {
        "id": id,
        "userId": user_id,
        "title": data.get("title"),
        "description": data.get("description", ""),
        "done": "true" if data.get("done") else "false",
        "createdAt": now,
        "updatedAt": now,
    }
    await client.hset(f"todo:{id}", mapping=todo)
    return format_todo(todo)


async def update_todo(id, data):
    fields = {}
    for key in ["title", "description", "done"]:
        if key in data:
            fields[key] = data[key]
    if "done" in fields:
        fields["done"] = "true" if fields["done"] else "false"
    fields["updatedAt"] = datetime.utcnow().isoformat()

    await client.hset(f"todo:{id}", mapping=fields)
    return await get_todo(id)


async def delete_todo(id):
    await client.delete(f"todo:{id}")
    return True
