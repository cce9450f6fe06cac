"""HTTP edge: turn requests into data, call pure functions, turn data into responses.

Handlers that only touch the in-memory state are `async def`: they never wait
on anything, so there is nothing to offload. The two handlers that run scrypt
are plain `def`, so FastAPI runs them in its threadpool.
"""

import secrets
import time

from fastapi import Body, Depends, FastAPI, HTTPException, Query, Response
from fastapi.security import APIKeyHeader

from todo_api import data, passwords, specs, state

KEY_TTL_SECONDS = 12 * 60 * 60

app = FastAPI(
    title="todo-api",
    description="Todos as plain data. Log in at /auth/login, send the key as `X-API-Key`.",
)

api_key_header = APIKeyHeader(name="X-API-Key", auto_error=False)


def conform(spec, body):
    problems = specs.explain(spec, body)
    if problems:
        raise HTTPException(422, detail={"invalid": problems})
    return body


def unauthorized():
    return HTTPException(401, detail="missing or invalid API key", headers={"WWW-Authenticate": "ApiKey"})


async def current_user(key=Depends(api_key_header)):
    user = data.user_for_key(state.deref(), key, time.time()) if key else None
    if user is None:
        raise unauthorized()
    return user


# -- auth ---------------------------------------------------------------------


@app.post("/auth/register", status_code=201, tags=["auth"])
def register(body: dict = Body(...)):
    """Create an account. Body: {"username", "password"}. 409 if the name is taken."""
    creds = conform(specs.CREDENTIALS, body)
    pw_hash = passwords.hash_password(creds["password"])
    old, new = state.swap(data.add_user, creds["username"], pw_hash)
    if old is new:
        raise HTTPException(409, detail="username already taken")
    return data.public_user(data.user_by_name(new, creds["username"]))


@app.post("/auth/login", tags=["auth"])
def login(body: dict = Body(...)):
    """Exchange {"username", "password"} for an API key valid for 12 hours."""
    creds = conform(specs.CREDENTIALS, body)
    user = data.user_by_name(state.deref(), creds["username"])
    if user is None:
        passwords.check_password(creds["password"], passwords.DUMMY_HASH)
        raise unauthorized()
    if not passwords.check_password(creds["password"], user["password-hash"]):
        raise unauthorized()
    key = secrets.token_urlsafe(32)
    expires_at = time.time() + KEY_TTL_SECONDS
    state.swap(data.add_key, key, user["id"], expires_at)
    return {"api_key": key, "expires_at": int(expires_at)}


# -- todos --------------------------------------------------------------------


def found(todo):
    if todo is None:
        raise HTTPException(404, detail="todo not found")
    return todo


@app.get("/todos", tags=["todos"])
async def list_todos(
    limit: int = Query(20, ge=1, le=100),
    offset: int = Query(0, ge=0),
    user=Depends(current_user),
):
    """The caller's todos, oldest first."""
    return data.todos_page(state.deref(), user["id"], limit, offset)


@app.post("/todos", status_code=201, tags=["todos"])
async def create_todo(body: dict = Body(...), user=Depends(current_user)):
    """Body: {"title", "description"?, "done"?}. Answers the new todo with its id."""
    attrs = conform(specs.TODO, body)
    old, new = state.swap(data.add_todo, user["id"], attrs)
    return data.todo_of(new, user["id"], new["seq"])


@app.get("/todos/{todo_id}", tags=["todos"])
async def get_todo(todo_id: int, user=Depends(current_user)):
    return found(data.todo_of(state.deref(), user["id"], todo_id))


@app.put("/todos/{todo_id}", tags=["todos"])
async def replace_todo(todo_id: int, body: dict = Body(...), user=Depends(current_user)):
    """Replace title, description and done. Missing optional keys go back to defaults."""
    attrs = conform(specs.TODO, body)
    _, new = state.swap(data.replace_todo, user["id"], todo_id, attrs)
    return found(data.todo_of(new, user["id"], todo_id))


@app.patch("/todos/{todo_id}", tags=["todos"])
async def patch_todo(todo_id: int, body: dict = Body(...), user=Depends(current_user)):
    """Merge the given keys into the todo, e.g. {"done": true}."""
    attrs = conform(specs.optional(specs.TODO), body)
    _, new = state.swap(data.merge_todo, user["id"], todo_id, attrs)
    return found(data.todo_of(new, user["id"], todo_id))


@app.delete("/todos/{todo_id}", status_code=204, tags=["todos"])
async def delete_todo(todo_id: int, user=Depends(current_user)):
    old, _ = state.swap(data.remove_todo, user["id"], todo_id)
    found(data.todo_of(old, user["id"], todo_id))
    return Response(status_code=204)
