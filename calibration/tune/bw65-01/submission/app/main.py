from fastapi import FastAPI, Request

from app.helpers import todos as todosHelper
from app.helpers import users as usersHelper
from app.helpers.response import error, success
from app.helpers.token import sign
from app.middleware.auth import AuthMiddleware
from app.middleware.logger import LoggerMiddleware

app = FastAPI(title="todo-api")

# last one added runs first (opposite of app.use)
app.add_middleware(AuthMiddleware)
app.add_middleware(LoggerMiddleware)


@app.get("/health")
async def health():
    return {"status": "ok"}


@app.post("/signup")
async def signup(request: Request):
    body = await request.json()
    username = body.get("username")
    password = body.get("password")

    if not username or not password:
        return error("username and password are required", 400)

    user = await usersHelper.create_user(username, password)
    if user.get("error"):
        return error(user["error"], 409)

    return success(user, 201)


@app.post("/login")
async def login(request: Request):
    body = await request.json()
    username = body.get("username")
    password = body.get("password")

    user = await usersHelper.find_user_by_username(username)
    if not user:
        return error("Invalid username or password", 401)

    valid = await usersHelper.check_password(user, password)
    if not valid:
        return error("Invalid username or password", 401)

    token = sign({"id": user["id"], "username": user["username"]})
    return success({"token": token})


@app.get("/todos")
async def get_todos(request: Request):
    user = request.state.user
    limit = int(request.query_params.get("limit", 10))
    offset = int(request.query_params.get("offset", 0))

    todos = await todosHelper.get_all_todos(user["id"])
    return success(
        {
            "todos": todos[offset : offset + limit],
            "total": len(todos),
            "limit": limit,
            "offset": offset,
        }
    )


@app.post("/todos")
async def create_todo(request: Request):
    body = await request.json()
    if not body.get("title"):
        return error("title is required", 400)

    todo = await todosHelper.create_todo(request.state.user["id"], body)
    return success(todo, 201)


@app.get("/todos/{id}")
async def get_todo(id, request: Request):
    todo = await todosHelper.get_todo(id)
    if not todo:
        return error("Todo not found", 404)
    return success(todo)


@app.put("/todos/{id}")
async def update_todo(id, request: Request):
    todo = await todosHelper.get_todo(id)
    if not todo or todo["userId"] != request.state.user["id"]:
        return error("Todo not found", 404)

    body = await request.json()
    updated = await todosHelper.update_todo(id, body)
    return success(updated)


@app.delete("/todos/{id}")
async def delete_todo(id, request: Request):
    todo = await todosHelper.get_todo(id)
    if not todo or todo["userId"] != request.state.user["id"]:
        return error("Todo not found", 404)

    await todosHelper.delete_todo(id)
    return success({"message": "Todo deleted"})
