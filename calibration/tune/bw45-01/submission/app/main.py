import json
import time

from fastapi import Depends, FastAPI, HTTPException, Query, WebSocket, WebSocketDisconnect
from fastapi.security import OAuth2PasswordRequestForm
from pydantic import BaseModel, Field

from app.auth import check_password, current_player, hash_password, new_session
from app.state import Player, Todo, world

app = FastAPI(title="Todo Server", version="0.1.0")

# everyone connected on /ws, like a lobby
clients: set[WebSocket] = set()


class SignupIn(BaseModel):
    username: str = Field(min_length=3, max_length=32)
    password: str = Field(min_length=6, max_length=72)


class TokenOut(BaseModel):
    access_token: str
    token_type: str = "bearer"


class TodoIn(BaseModel):
    title: str = Field(min_length=1, max_length=200)
    description: str | None = None
    done: bool = False


class TodoOut(BaseModel):
    id: int
    title: str
    description: str | None
    done: bool
    created_at: float
    updated_at: float


def todo_out(t):
    return TodoOut(
        id=t.id,
        title=t.title,
        description=t.description,
        done=t.done,
        created_at=t.created_at,
        updated_at=t.updated_at,
    )


def _get_owned(todo_id, me):
    t = world.todos.get(todo_id)
    if t is None or t.owner != me:
        raise HTTPException(status_code=404, detail="todo not found")
    return t


async def broadcast(event, payload):
    msg = json.dumps({"event": event, "tick": world.tick, "data": payload})
    dead = []
    for ws in clients:
        try:
            await ws.send_text(msg)
        except Exception:
            dead.append(ws)
    for ws in dead:
        clients.discard(ws)


# ---------- auth ----------

@app.post("/auth/signup", status_code=201, response_model=TokenOut)
async def signup(body: SignupIn):
    async with world.lock:
        if body.username in world.players:
            raise HTTPException(status_code=409, detail="username taken")
        world.players[body.username] = Player(body.username, hash_password(body.password))
    return TokenOut(access_token=new_session(body.username))


@app.post("/auth/login", response_model=TokenOut)
async def login(form: OAuth2PasswordRequestForm = Depends()):
    player = world.players.get(form.username)
    if player is None or not check_password(form.password, player.password_hash):
        raise HTTPException(status_code=401, detail="bad username or password")
    return TokenOut(access_token=new_session(player.username))


@app.post("/auth/logout", status_code=204)
async def logout(me: str = Depends(current_player)):
    for token, name in list(world.sessions.items()):
        if name == me:
            del world.sessions[token]


# ---------- todos ----------

@app.get("/todos", response_model=list[TodoOut])
async def list_todos(
    limit: int = Query(20, ge=1, le=100),
    offset: int = Query(0, ge=0),
    me: str = Depends(current_player),
):
    mine = [t for t in world.todos.values() if t.owner == me]
    return [todo_out(t) for t in mine[offset : offset + limit]]


@app.post("/todos", status_code=201, response_model=TodoOut)
async def create_todo(body: TodoIn, me: str = Depends(current_player)):
    async with world.lock:
        t = Todo(
            id=world.next_id(),
            owner=me,
            title=body.title,
            description=body.description,
            done=body.done,
        )
        world.todos[t.id] = t
        world.tick += 1
    out = todo_out(t)
    await broadcast("todo_created", {"owner": me, **out.model_dump()})
    return out


@app.get("/todos/{todo_id}", response_model=TodoOut)
async def get_todo(todo_id: int, me: str = Depends(current_player)):
    return todo_out(_get_owned(todo_id, me))


@app.patch("/todos/{todo_id}", response_model=TodoOut)
async def update_todo(todo_id: int, body: dict, me: str = Depends(current_player)):
    t = _get_owned(todo_id, me)
    for key in ("title", "description", "done"):
        if key in body:
            setattr(t, key, body[key])
    t.updated_at = time.time()
    world.tick += 1
    out = todo_out(t)
    await broadcast("todo_updated", {"owner": me, **out.model_dump()})
    return out


@app.delete("/todos/{todo_id}", status_code=204)
async def delete_todo(todo_id: int, me: str = Depends(current_player)):
    async with world.lock:
        t = _get_owned(todo_id, me)
        del world.todos[t.id]
        world.tick += 1
    await broadcast("todo_deleted", {"owner": me, "id": todo_id})


# ---------- realtime ----------

@app.websocket("/ws")
async def ws_endpoint(ws: WebSocket, token: str):
    if token not in world.sessions:
        await ws.close(code=4401)
        return
    await ws.accept()
    clients.add(ws)
    try:
        while True:
            msg = await ws.receive_text()
            if msg == "ping":
                await ws.send_text(json.dumps({"event": "pong", "tick": world.tick}))
    except WebSocketDisconnect:
        pass
    finally:
        clients.discard(ws)


@app.get("/debug/state")
async def debug_state():
    return {
        "tick": world.tick,
        "players": {name: vars(p) for name, p in world.players.items()},
        "sessions": len(world.sessions),
        "todos": len(world.todos),
        "clients": len(clients),
    }
