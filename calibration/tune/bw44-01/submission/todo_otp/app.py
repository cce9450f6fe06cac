"""HTTP edge of the node. Translates requests into calls to todo_srv and
tagged replies back into status codes. Keeps no state of its own."""
from __future__ import annotations

import asyncio
import logging
from contextlib import asynccontextmanager
from typing import Annotated, Any, AsyncIterator

from fastapi import Depends, FastAPI, HTTPException, Query, Request, Response, status
from fastapi.responses import JSONResponse
from fastapi.security import OAuth2PasswordBearer, OAuth2PasswordRequestForm

from . import pwhash, todo_srv
from .gen_server import CallTimeout, GenServer, NoProc
from .schemas import ErrorOut, SignupIn, TodoIn, TodoOut, TodoPage, TodoPatch, TokenOut, UserOut
from .sup import ChildSpec, Supervisor
from .tab import Tab

logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(levelname)s %(message)s")
log = logging.getLogger("todo_otp")

PAGE_DEFAULT = 20
PAGE_MAX = 100

REASON_TO_STATUS: dict[str, int] = {
    "not_found": status.HTTP_404_NOT_FOUND,
    "already_exists": status.HTTP_409_CONFLICT,
    "bad_credentials": status.HTTP_401_UNAUTHORIZED,
    "no_token": status.HTTP_401_UNAUTHORIZED,
    "expired": status.HTTP_401_UNAUTHORIZED,
}


@asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[None]:
    tab = Tab()  # owned by the node, survives todo_srv restarts
    srv = GenServer("todo_srv", todo_srv.Mod(), init_state=lambda: tab)
    sup = Supervisor([ChildSpec(id="todo_srv", start=srv.loop)], intensity=3, period=5.0)
    sup.start_link()
    await asyncio.sleep(0)  # let the child run init before we take traffic
    app.state.srv = srv
    app.state.sup = sup
    yield
    await sup.stop()


app = FastAPI(
    title="todo_otp",
    version="1.0.0",
    description="Todo lists per user. Bearer tokens via OAuth2 password flow.",
    lifespan=lifespan,
)

oauth2 = OAuth2PasswordBearer(tokenUrl="/auth/token")

ERR_401 = {401: {"model": ErrorOut, "description": "Missing or invalid token"}}
ERR_404 = {404: {"model": ErrorOut, "description": "No such todo (or not yours)"}}


def srv_of(request: Request) -> GenServer:
    return request.app.state.srv


async def call(srv: GenServer, msg: tuple[Any, ...]) -> Any:
    """gen_server:call + pattern match on the reply. Any {error, Reason}
    becomes an HTTPException, so handlers only see the happy value."""
    try:
        reply = await srv.call(msg)
    except (CallTimeout, NoProc) as exc:
        log.error("call %s failed: %r", msg[0], exc)
        raise HTTPException(status.HTTP_503_SERVICE_UNAVAILABLE, "service busy, retry") from exc
    match reply:
        case ("ok", value):
            return value
        case ("error", reason):
            code = REASON_TO_STATUS.get(reason, status.HTTP_400_BAD_REQUEST)
            headers = {"WWW-Authenticate": "Bearer"} if code == 401 else None
            raise HTTPException(code, reason, headers=headers)
    raise HTTPException(status.HTTP_503_SERVICE_UNAVAILABLE, "bad reply")


async def whoami(
    token: Annotated[str, Depends(oauth2)],
    srv: Annotated[GenServer, Depends(srv_of)],
) -> str:
    return await call(srv, ("whois", token))


Owner = Annotated[str, Depends(whoami)]
Srv = Annotated[GenServer, Depends(srv_of)]


@app.exception_handler(Exception)
async def last_resort(request: Request, exc: Exception) -> JSONResponse:
    # the worker may have crashed on this request; it is being restarted
    log.exception("unhandled on %s %s", request.method, request.url.path)
    return JSONResponse({"detail": "internal_error"}, status_code=503)


@app.get("/health", tags=["ops"], summary="Supervisor tree status")
async def health(request: Request, response: Response) -> dict[str, Any]:
    sup: Supervisor = request.app.state.sup
    if sup.failed:
        response.status_code = status.HTTP_503_SERVICE_UNAVAILABLE
    return {"failed": sup.failed, "children": sup.which_children()}


@app.post("/auth/signup", status_code=201, response_model=UserOut, tags=["auth"],
          summary="Create an account", responses={409: {"model": ErrorOut}})
async def signup(body: SignupIn, srv: Srv) -> UserOut:
    pw_hash = await asyncio.to_thread(pwhash.hash_password, body.password)
    username = await call(srv, ("signup", body.username, pw_hash))
    return UserOut(username=username)


@app.post("/auth/token", response_model=TokenOut, tags=["auth"],
          summary="OAuth2 password flow, returns a bearer token", responses=ERR_401)
async def token(form: Annotated[OAuth2PasswordRequestForm, Depends()], srv: Srv) -> TokenOut:
    tok, ttl = await call(srv, ("login", form.username, form.password))
    return TokenOut(access_token=tok, expires_in=ttl)


@app.post("/todos", status_code=201, response_model=TodoOut, tags=["todos"],
          summary="Create a todo", responses=ERR_401)
async def create_todo(body: TodoIn, owner: Owner, srv: Srv) -> Any:
    return await call(srv, ("create", owner, body.model_dump()))


@app.get("/todos", response_model=TodoPage, tags=["todos"],
         summary="List my todos, oldest first", responses=ERR_401)
async def list_todos(
    owner: Owner,
    srv: Srv,
    limit: Annotated[int, Query(ge=1, le=PAGE_MAX)] = PAGE_DEFAULT,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> TodoPage:
    items, total = await call(srv, ("list", owner, limit, offset))
    return TodoPage(items=[TodoOut.model_validate(t) for t in items],
                    total=total, limit=limit, offset=offset)


@app.get("/todos/{todo_id}", response_model=TodoOut, tags=["todos"],
         summary="Read one of my todos", responses={**ERR_401, **ERR_404})
async def read_todo(todo_id: int, owner: Owner, srv: Srv) -> Any:
    return await call(srv, ("read", owner, todo_id))


@app.patch("/todos/{todo_id}", response_model=TodoOut, tags=["todos"],
           summary="Change title, description or done", responses={**ERR_401, **ERR_404})
async def update_todo(todo_id: int, body: TodoPatch, owner: Owner, srv: Srv) -> Any:
    return await call(srv, ("update", owner, todo_id, body.model_dump(exclude_unset=True)))


@app.delete("/todos/{todo_id}", status_code=204, tags=["todos"],
            summary="Delete one of my todos", responses={**ERR_401, **ERR_404})
async def delete_todo(todo_id: int, owner: Owner, srv: Srv) -> Response:
    await call(srv, ("delete", owner, todo_id))
    return Response(status_code=204)
