"""The conformance and dynamic security probes against tiny apps of our own, served on loopback.

Three apps: a good todo API (every scenario passes, nothing confirmed), a variant one (prefix,
singular path, JSON login, PATCH, 200s, `uuid` ids: variants and no failures) and a bad one
(crashes on missing ids, open writes, password echoed, SQL pasted, wildcard CORS with
credentials, JWT signed with "secret"). The host side's mapping is checked on the same results.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import itertools
import json
import secrets
import socket
import sqlite3
import threading
import uuid
from pathlib import Path
from typing import Annotated, Any

import pytest
from fastapi import Depends, FastAPI, HTTPException, Query, Request, Response
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import JSONResponse
from fastapi.security import (
    HTTPAuthorizationCredentials,
    HTTPBasic,
    HTTPBasicCredentials,
    HTTPBearer,
    OAuth2PasswordBearer,
    OAuth2PasswordRequestForm,
)
from pydantic import BaseModel, Field

from grader.checks.registry import OBSERVED, load_rules
from grader.models import RedFlag, Severity
from grader.phases import conformance as host
from grader.sandbox import probe_results as sidecar
from probes import conformance, security_probe
from probes.api_session import (
    RESOURCE_WORDS,
    Exchange,
    listed,
    map_resources,
    missing_id,
    pick_resource,
    record_id,
    sample_value,
)
from probes.auth import PASSWORD
from probes.conformance_results import SCENARIO_TITLES, ConformanceResult, SecurityResult
from tests.unit.served_app import ServedApp

load_rules()
# security check name -> the rule that observes it, as the registry wires them
SECURITY_RULES = {k.split(":", 1)[1]: v for k, v in OBSERVED.items() if k.startswith("security:")}

# --- the good todo app: OAuth2 password, per-user todos, bounded pagination ------------------

good = FastAPI()
GOOD_USERS: dict[str, str] = {}
GOOD_TOKENS: dict[str, str] = {}
GOOD_TODOS: dict[int, dict[str, Any]] = {}
GOOD_IDS = itertools.count(1)
good_oauth2 = OAuth2PasswordBearer(tokenUrl="token")


class Signup(BaseModel):
    username: str = Field(min_length=3)
    password: str = Field(min_length=8)


class TodoIn(BaseModel):
    title: str = Field(min_length=1, max_length=200)
    description: str = ""
    done: bool = False


def good_user(token: Annotated[str, Depends(good_oauth2)]) -> str:
    if token not in GOOD_TOKENS:
        raise HTTPException(401, "bad token", headers={"WWW-Authenticate": "Bearer"})
    return GOOD_TOKENS[token]


GoodUser = Annotated[str, Depends(good_user)]


@good.post("/register", status_code=201)
def good_register(body: Signup) -> dict[str, str]:
    if body.username in GOOD_USERS:
        raise HTTPException(409, "taken")
    GOOD_USERS[body.username] = hashlib.sha256(body.password.encode()).hexdigest()
    return {"username": body.username}


@good.post("/token")
def good_token(form: Annotated[OAuth2PasswordRequestForm, Depends()]) -> dict[str, str]:
    if GOOD_USERS.get(form.username) != hashlib.sha256(form.password.encode()).hexdigest():
        raise HTTPException(401, "bad credentials")
    token = uuid.uuid4().hex
    GOOD_TOKENS[token] = form.username
    return {"access_token": token, "token_type": "bearer"}


def _owned(todo_id: int, user: str) -> dict[str, Any]:
    todo = GOOD_TODOS.get(todo_id)
    if todo is None or todo["owner"] != user:
        raise HTTPException(404, "no such todo")
    return todo


def _public(todo: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in todo.items() if k != "owner"}


@good.post("/todos", status_code=201)
def good_create(body: TodoIn, user: GoodUser) -> dict[str, Any]:
    todo = {"id": next(GOOD_IDS), "owner": user, **body.model_dump()}
    GOOD_TODOS[todo["id"]] = todo
    return _public(todo)


@good.get("/todos")
def good_list(
    user: GoodUser,
    limit: Annotated[int, Query(ge=1, le=100)] = 20,
    offset: Annotated[int, Query(ge=0)] = 0,
    q: str | None = None,
) -> list[dict[str, Any]]:
    mine = [t for t in GOOD_TODOS.values() if t["owner"] == user]
    mine = [t for t in mine if q is None or q in t["title"]]
    return [_public(t) for t in mine[offset : offset + limit]]


@good.get("/todos/{todo_id}")
def good_read(todo_id: int, user: GoodUser) -> dict[str, Any]:
    return _public(_owned(todo_id, user))


@good.put("/todos/{todo_id}")
def good_update(todo_id: int, body: TodoIn, user: GoodUser) -> dict[str, Any]:
    todo = _owned(todo_id, user)
    todo.update(body.model_dump())
    return _public(todo)


@good.delete("/todos/{todo_id}", status_code=204)
def good_delete(todo_id: int, user: GoodUser) -> Response:
    _owned(todo_id, user)
    del GOOD_TODOS[todo_id]
    return Response(status_code=204)


# --- the variant app: /api/v1, singular, JSON login, PATCH, 200s, uuid ids -------------------

variant = FastAPI()
VARIANT_USERS: dict[str, str] = {}
VARIANT_TOKENS: dict[str, str] = {}
VARIANT_TODOS: dict[str, dict[str, Any]] = {}
variant_bearer = HTTPBearer()


class Login(BaseModel):
    username: str
    password: str


class TodoPatch(BaseModel):
    title: str | None = Field(default=None, min_length=1)
    done: bool | None = None


def variant_user(
    credentials: Annotated[HTTPAuthorizationCredentials, Depends(variant_bearer)],
) -> str:
    if credentials.credentials not in VARIANT_TOKENS:
        raise HTTPException(401, "bad token")
    return VARIANT_TOKENS[credentials.credentials]


VariantUser = Annotated[str, Depends(variant_user)]


@variant.post("/api/v1/auth/register", status_code=201)
def variant_register(body: Login) -> dict[str, str]:
    VARIANT_USERS[body.username] = body.password
    return {"username": body.username}


@variant.post("/api/v1/auth/login")
def variant_login(body: Login) -> dict[str, str]:
    if VARIANT_USERS.get(body.username) != body.password:
        raise HTTPException(401, "bad credentials")
    token = uuid.uuid4().hex
    VARIANT_TOKENS[token] = body.username
    return {"access_token": token}


def _variant_owned(todo_uuid: str, user: str) -> dict[str, Any]:
    todo = VARIANT_TODOS.get(todo_uuid)
    if todo is None or todo["owner"] != user:
        raise HTTPException(404, "no such todo")
    return todo


@variant.post("/api/v1/todo")
def variant_create(body: TodoIn, user: VariantUser) -> dict[str, Any]:
    todo = {"uuid": str(uuid.uuid4()), "owner": user, **body.model_dump()}
    VARIANT_TODOS[todo["uuid"]] = todo
    return {"data": _public(todo)}


@variant.get("/api/v1/todo")
def variant_list(
    user: VariantUser,
    limit: Annotated[int, Query(ge=1, le=50)] = 10,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> dict[str, Any]:
    mine = [_public(t) for t in VARIANT_TODOS.values() if t["owner"] == user]
    return {"items": mine[offset : offset + limit], "total": len(mine)}


@variant.get("/api/v1/todo/{todo_uuid}")
def variant_read(todo_uuid: str, user: VariantUser) -> dict[str, Any]:
    return _public(_variant_owned(todo_uuid, user))


@variant.patch("/api/v1/todo/{todo_uuid}")
def variant_patch(todo_uuid: str, body: TodoPatch, user: VariantUser) -> dict[str, Any]:
    todo = _variant_owned(todo_uuid, user)
    todo.update(body.model_dump(exclude_none=True))
    return _public(todo)


@variant.delete("/api/v1/todo/{todo_uuid}")
def variant_delete(todo_uuid: str, user: VariantUser) -> dict[str, str]:
    _variant_owned(todo_uuid, user)
    del VARIANT_TODOS[todo_uuid]
    return {"deleted": todo_uuid}


# --- the bad app: every flaw the probes look for ---------------------------------------------

bad = FastAPI()
bad.add_middleware(CORSMiddleware, allow_origin_regex=".*", allow_credentials=True)
BAD_KEY = b"secret"
BAD_DB = sqlite3.connect(":memory:", check_same_thread=False)
BAD_LOCK = threading.Lock()
BAD_USERS: dict[str, dict[str, Any]] = {}
bad_bearer = HTTPBearer()


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def bad_jwt(claims: dict[str, Any]) -> str:
    signing = _b64(b'{"alg":"HS256","typ":"JWT"}') + "." + _b64(json.dumps(claims).encode())
    return signing + "." + _b64(hmac.new(BAD_KEY, signing.encode(), hashlib.sha256).digest())


def bad_user(credentials: Annotated[HTTPAuthorizationCredentials, Depends(bad_bearer)]) -> str:
    signing, _, signature = credentials.credentials.rpartition(".")
    expected = _b64(hmac.new(BAD_KEY, signing.encode(), hashlib.sha256).digest())
    if not hmac.compare_digest(signature, expected):
        raise HTTPException(401, "bad token")
    payload = signing.split(".")[1]
    return str(json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))["sub"])


def _query(sql: str, *args: Any) -> list[tuple[Any, ...]]:
    with BAD_LOCK:
        rows = BAD_DB.execute(sql, args).fetchall()
        BAD_DB.commit()
        return rows


@bad.post("/register", status_code=201)
def bad_register(body: Login) -> dict[str, Any]:
    BAD_USERS[body.username] = {"id": len(BAD_USERS) + 1, **body.model_dump()}
    return BAD_USERS[body.username]


@bad.post("/login")
def bad_login(body: Login) -> dict[str, str]:
    if BAD_USERS.get(body.username, {}).get("password") != body.password:
        raise HTTPException(401, "bad credentials")
    return {"access_token": bad_jwt({"sub": body.username}), "token_type": "bearer"}


@bad.get("/me")
def bad_me(user: Annotated[str, Depends(bad_user)]) -> dict[str, str]:
    return {"username": user}


@bad.post("/todos", status_code=201)
def bad_create(body: TodoIn) -> dict[str, Any]:
    _query("INSERT INTO todos (title, description) VALUES (?, ?)", body.title, body.description)
    (row,) = _query("SELECT id, title, description FROM todos ORDER BY id DESC LIMIT 1")
    return {"id": row[0], "title": row[1], "description": row[2]}


@bad.get("/todos")
def bad_list(limit: int = 10, offset: int = 0, q: str = "") -> list[dict[str, Any]]:
    rows = _query(f"SELECT id, title FROM todos WHERE title LIKE '%{q}%'")  # the planted flaw
    return [{"id": r[0], "title": r[1]} for r in rows][offset : offset + limit]


@bad.get("/todos/{todo_id}")
def bad_read(todo_id: int) -> dict[str, Any]:
    row = _query("SELECT id, title FROM todos WHERE id = ?", todo_id)[0]  # IndexError -> 500
    return {"id": row[0], "title": row[1]}


class LooseUpdate(BaseModel):
    title: str | None = None  # the planted flaw: null blanks the title
    description: str = ""


@bad.put("/todos/{todo_id}")
def bad_update(todo_id: int, body: LooseUpdate) -> dict[str, Any]:
    _query("SELECT id FROM todos WHERE id = ?", todo_id)[0]
    _query("UPDATE todos SET title = ? WHERE id = ?", body.title, todo_id)
    return {"id": todo_id, "title": body.title}


@bad.delete("/todos/{todo_id}", status_code=204)
def bad_delete(todo_id: int) -> Response:
    _query("SELECT id FROM todos WHERE id = ?", todo_id)[0]
    _query("DELETE FROM todos WHERE id = ?", todo_id)
    return Response(status_code=204)


def reset_bad() -> None:
    _query("DROP TABLE IF EXISTS todos")
    _query("CREATE TABLE todos (id INTEGER PRIMARY KEY, title TEXT, description TEXT)")
    BAD_USERS.clear()


# --- a fragile todo app: the first crash wedges it, as a leaked SQLite write lock does ---------

fragile = FastAPI()
fragile.add_api_route("/token", good_token, methods=["POST"])
FRAGILE_WEDGED = threading.Event()


@fragile.middleware("http")
async def fragile_wedged(request: Request, call_next: Any) -> Any:
    if FRAGILE_WEDGED.is_set():
        return JSONResponse({"detail": "database is locked"}, status_code=500)
    return await call_next(request)


@fragile.post("/register", status_code=201)
def fragile_register(body: Signup) -> dict[str, str]:
    GOOD_USERS[body.username] = hashlib.sha256(body.password.encode()).hexdigest()
    return {"username": body.username, "password_hash": GOOD_USERS[body.username]}


# Its list and create are the good app's (the same store); its update and delete are not.
fragile.add_api_route("/todos", good_create, methods=["POST"], status_code=201)
fragile.add_api_route("/todos", good_list, methods=["GET"])


def _fragile_todo(todo_id: int) -> dict[str, Any]:
    if todo_id not in GOOD_TODOS:
        raise HTTPException(404, "no such todo")
    return GOOD_TODOS[todo_id]


@fragile.get("/todos/{todo_id}")
def fragile_read(todo_id: int, user: GoodUser) -> dict[str, Any]:
    todo = _fragile_todo(todo_id)
    if todo["owner"] != user:
        raise HTTPException(404, "no such todo")
    return _public(todo)


@fragile.put("/todos/{todo_id}")
def fragile_update(todo_id: int, body: LooseUpdate, user: GoodUser) -> dict[str, Any]:
    todo = _fragile_todo(todo_id)  # the planted flaw: anyone may edit it
    if body.title is None:
        FRAGILE_WEDGED.set()
        raise RuntimeError("NOT NULL constraint failed: todos.title")
    todo.update(body.model_dump())
    return _public(todo)


@fragile.delete("/todos/{todo_id}", status_code=204)
def fragile_delete(todo_id: int, user: GoodUser) -> Response:
    del GOOD_TODOS[_fragile_todo(todo_id)["id"]]  # anyone may delete it
    return Response(status_code=204)


# --- a leaky blog: each post embeds its author's row, hash and all ----------------------------

leaky = FastAPI()
leaky.add_api_route("/register", good_register, methods=["POST"], status_code=201)
leaky.add_api_route("/token", good_token, methods=["POST"])
LEAKY_POSTS: list[dict[str, Any]] = []


class LeakyTagIn(BaseModel):
    name: str = Field(min_length=1)


@leaky.post("/categories", status_code=201)
def leaky_category(body: LeakyTagIn) -> dict[str, Any]:
    return {"id": 1, **body.model_dump()}  # listed before /posts in the schema


@leaky.post("/tags", status_code=201)
def leaky_tag(body: LeakyTagIn) -> dict[str, Any]:
    return {"id": 1, **body.model_dump()}


class LeakyPostIn(BaseModel):
    title: str = Field(min_length=1)
    content: str = Field(min_length=1)


@leaky.post("/posts", status_code=201)
def leaky_create(body: LeakyPostIn, user: GoodUser) -> dict[str, Any]:
    author = {"username": user, "password_hash": GOOD_USERS[user]}
    LEAKY_POSTS.append({"id": len(LEAKY_POSTS) + 1, "author": author, **body.model_dump()})
    return {"id": len(LEAKY_POSTS), **body.model_dump()}


@leaky.get("/posts")
def leaky_list() -> list[dict[str, Any]]:
    return LEAKY_POSTS[-20:]


@leaky.get("/authors")
def leaky_authors() -> list[dict[str, Any]]:
    return [{"username": u, "password_hash": h} for u, h in GOOD_USERS.items()]


# --- a good blog app: public reads, author-only edits, comments (auth shared with `good`) ------

blog = FastAPI()
blog.add_api_route("/register", good_register, methods=["POST"], status_code=201)
blog.add_api_route("/token", good_token, methods=["POST"])
BLOG_POSTS: dict[int, dict[str, Any]] = {}
BLOG_COMMENTS: dict[int, list[dict[str, Any]]] = {}


class PostIn(BaseModel):
    title: str = Field(min_length=1)
    content: str = Field(min_length=1)


class CommentIn(BaseModel):
    body: str = Field(min_length=1)


def _post(post_id: int) -> dict[str, Any]:
    if post_id not in BLOG_POSTS:
        raise HTTPException(404, "no such post")
    return BLOG_POSTS[post_id]


def _authored(post_id: int, user: str) -> dict[str, Any]:
    post = _post(post_id)
    if post["author"] != user:
        raise HTTPException(403, "not your post")
    return post


@blog.post("/posts", status_code=201)
def blog_create(body: PostIn, user: GoodUser) -> dict[str, Any]:
    post = {"id": next(GOOD_IDS), "author": user, **body.model_dump()}
    BLOG_POSTS[post["id"]] = post
    return post


@blog.get("/posts")
def blog_list(
    limit: Annotated[int, Query(ge=1, le=100)] = 20, offset: Annotated[int, Query(ge=0)] = 0
) -> list[dict[str, Any]]:
    return list(BLOG_POSTS.values())[offset : offset + limit]


@blog.get("/posts/{post_id}")
def blog_read(post_id: int) -> dict[str, Any]:
    return _post(post_id)


@blog.put("/posts/{post_id}")
def blog_update(post_id: int, body: PostIn, user: GoodUser) -> dict[str, Any]:
    post = _authored(post_id, user)
    post.update(body.model_dump())
    return post


@blog.delete("/posts/{post_id}", status_code=204)
def blog_delete(post_id: int, user: GoodUser) -> Response:
    _authored(post_id, user)
    del BLOG_POSTS[post_id]
    return Response(status_code=204)


@blog.post("/posts/{post_id}/comments", status_code=201)
def blog_comment(post_id: int, body: CommentIn, user: GoodUser) -> dict[str, Any]:
    _post(post_id)
    comment = {"id": next(GOOD_IDS), "post_id": post_id, "author": user, **body.model_dump()}
    BLOG_COMMENTS.setdefault(post_id, []).append(comment)
    return comment


@blog.get("/posts/{post_id}/comments")
def blog_comments(post_id: int) -> list[dict[str, Any]]:
    return BLOG_COMMENTS.get(_post(post_id)["id"], [])


# --- an RPC-style blog: one verb per path (`/post/create_post`, `/post/get_all_posts`) ---------

rpc_blog = FastAPI()
rpc_blog.add_api_route("/auth/register", good_register, methods=["POST"], status_code=201)
rpc_blog.add_api_route("/token", good_token, methods=["POST"])
RPC_POSTS: dict[int, dict[str, Any]] = {}


@rpc_blog.post("/post/create_post")
def rpc_create(body: PostIn, user: GoodUser) -> dict[str, Any]:
    post = {"id": next(GOOD_IDS), "author": user, **body.model_dump()}
    RPC_POSTS[post["id"]] = post
    return post


@rpc_blog.get("/post/get_all_posts")
def rpc_list(user: GoodUser, page: int = 1, size: int = 5) -> dict[str, Any]:
    mine = [p for p in RPC_POSTS.values() if p["author"] == user]
    return {"items": mine[(page - 1) * size : page * size], "total": len(mine)}


@rpc_blog.get("/post/get_post_by_id/{post_id}")
def rpc_read(post_id: int, user: GoodUser) -> dict[str, Any]:
    if post_id not in RPC_POSTS:
        raise HTTPException(404, "no such post")
    return RPC_POSTS[post_id]


@rpc_blog.put("/post/update_post/{post_id}")
def rpc_update(post_id: int, body: PostIn, user: GoodUser) -> dict[str, Any]:
    if post_id not in RPC_POSTS:
        raise HTTPException(404, "no such post")
    RPC_POSTS[post_id].update(body.model_dump())
    return RPC_POSTS[post_id]


@rpc_blog.delete("/post/delete_post/{post_id}")
def rpc_delete(post_id: int, user: GoodUser) -> dict[str, str]:
    if RPC_POSTS.pop(post_id, None) is None:
        raise HTTPException(404, "no such post")
    return {"message": "deleted"}


# --- a list that reads `limit` from the query string by hand: paged, though undocumented -----

hand_paged = FastAPI()
hand_paged.add_api_route("/register", good_register, methods=["POST"], status_code=201)
hand_paged.add_api_route("/token", good_token, methods=["POST"])
HAND_TODOS: list[dict[str, Any]] = []


@hand_paged.post("/todos", status_code=201)
def hand_create(body: TodoIn, user: GoodUser) -> dict[str, Any]:
    todo = {"id": next(GOOD_IDS), "owner": user, **body.model_dump()}
    HAND_TODOS.append(todo)
    return todo


@hand_paged.get("/todos")
def hand_list(request: Request, user: GoodUser) -> list[dict[str, Any]]:
    limit = min(int(request.query_params.get("limit", "50")), 50)
    return [t for t in HAND_TODOS if t["owner"] == user][:limit]


short_paged = FastAPI()
short_paged.add_api_route("/register", good_register, methods=["POST"], status_code=201)
short_paged.add_api_route("/token", good_token, methods=["POST"])
SHORT_TODOS: list[dict[str, Any]] = []


@short_paged.post("/todos", status_code=201)
def short_create(body: TodoIn, user: GoodUser) -> dict[str, Any]:
    todo = {"id": next(GOOD_IDS), "owner": user, **body.model_dump()}
    SHORT_TODOS.append(todo)
    return todo


@short_paged.get("/todos")
def short_list(
    user: GoodUser, lim: Annotated[int, Query(ge=1, le=100)] = 10, off: int = 0
) -> list[dict[str, Any]]:
    return [t for t in SHORT_TODOS if t["owner"] == user][off : off + lim]


# --- tokens anyone can compute: the tutorial's username token, unsigned base64 JSON ----------


def name_token_app(issue: Any, read: Any) -> FastAPI:
    """The good app's sign-up, a login answering `issue(username)` as the token, and a todo
    list behind a dependency that maps the token back to a user with `read`."""
    app = FastAPI()
    app.add_api_route("/register", good_register, methods=["POST"], status_code=201)
    scheme = OAuth2PasswordBearer(tokenUrl="token")

    # defaults, not Annotated: this module's annotations are strings, and these are local names
    def login(form: OAuth2PasswordRequestForm = Depends()) -> dict[str, str]:  # noqa: B008
        if GOOD_USERS.get(form.username) != hashlib.sha256(form.password.encode()).hexdigest():
            raise HTTPException(401, "bad credentials")
        return {"access_token": issue(form.username), "token_type": "bearer"}

    def user(token: str = Depends(scheme)) -> str:
        try:
            name = read(token)
        except ValueError:
            raise HTTPException(401, "bad token") from None
        if name not in GOOD_USERS:
            raise HTTPException(401, "bad token")
        return str(name)

    def todos(me: str = Depends(user)) -> list[dict[str, Any]]:
        return [t for t in GOOD_TODOS.values() if t["owner"] == me]

    app.add_api_route("/token", login, methods=["POST"])
    app.add_api_route("/todos", todos, methods=["GET"])
    return app


def _b64_claims(name: str) -> str:
    return base64.b64encode(json.dumps({"id": 1, "username": name}).encode()).decode()


def _b64_name(token: str) -> str:
    try:
        return str(json.loads(base64.b64decode(token))["username"])
    except (ValueError, KeyError, TypeError) as exc:
        raise ValueError(token) from exc


def _b64_plain(name: str) -> str:
    return base64.b64encode(name.encode()).decode()


def _b64_plain_name(token: str) -> str:
    try:
        return base64.b64decode(token, validate=True).decode()
    except (ValueError, UnicodeDecodeError) as exc:
        raise ValueError(token) from exc


@pytest.mark.parametrize(
    ("app", "how"),
    [
        (name_token_app(lambda name: name, lambda token: token), "is the user's name itself"),
        (name_token_app(_b64_claims, _b64_name), "is base64 of JSON naming the user"),
        (name_token_app(_b64_plain, _b64_plain_name), "is the user's name in base64"),
    ],
    ids=["username", "base64-json", "base64-name"],
)
def test_a_token_computed_from_another_users_name_is_proven_forgeable(
    tmp_path: Path, app: FastAPI, how: str
) -> None:
    """The FastAPI tutorial's token (the username: tune bw30-05), a hand-rolled 'JWT' of
    base64 JSON (tune bw34-04) and base64 of the name (tune bw62-03): a token made for a second user from their name alone is
    accepted where a made-up one is refused."""
    _, security = probe(app, "todo", tmp_path)
    (check,) = [c for c in security["checks"] if c["check"] == "forged_token"]
    assert check["confirmed"], check["detail"]
    assert check["detail"].startswith(f"the token POST /token issued {how}")
    assert (check["method"], check["path"], check["status"]) == ("GET", "/todos", 200)
    (finding,) = [f for f in host.security_findings(security) if f.rule == "SEC-DYN-FORGED-TOKEN"]
    assert finding.severity == Severity.CRITICAL


profile_by_name = FastAPI()
profile_by_name.add_api_route("/register", good_register, methods=["POST"], status_code=201)
profile_by_name.add_api_route("/token", good_token, methods=["POST"])


@profile_by_name.get("/users/{username}")
def profile(username: str) -> dict[str, str]:
    if username not in GOOD_USERS:
        raise HTTPException(404, "no such user")
    return {"username": username, "password_hash": GOOD_USERS[username]}


def test_a_profile_read_by_username_is_read_for_the_probes_user(tmp_path: Path) -> None:
    """`GET /users/{username}` answering the whole users row (tune bw33-05): the probe asks for
    its own user by name, where an id would find nobody, and sees the hash."""
    _, security = probe(profile_by_name, "blog", tmp_path)
    (check,) = [c for c in security["checks"] if c["check"] == "password_exposed"]
    assert check["confirmed"], check["detail"]
    assert (check["method"], check["path"]) == ("GET", "/users/{username}")
    assert "a password hash in field 'password_hash'" in check["detail"]


def test_opaque_tokens_are_forged_only_when_they_spell_out_the_user() -> None:
    forge = security_probe.forge_opaque
    assert forge("ann", "ann", "bob") == "bob"
    compact = base64.urlsafe_b64encode(b'{"sub":"ann","n":1}').decode().rstrip("=")
    assert forge(compact, "ann", "bob") == base64.urlsafe_b64encode(
        b'{"sub":"bob","n":1}'
    ).decode().rstrip("=")
    assert forge(uuid.uuid4().hex, "ann", "bob") is None  # a random session id
    # base64 of the name itself (tune bw62-03), and of `name:issued-at`
    plain = base64.b64encode(b"ann").decode()
    assert forge(plain, "ann", "bob") == base64.b64encode(b"bob").decode()
    assert forge(base64.b64encode(b"ann:1733000000").decode(), "ann", "bob") == (
        base64.b64encode(b"bob:1733000000").decode()
    )
    assert forge(base64.b64encode(b"annabel").decode(), "ann", "bob") is None  # not the name
    assert forge(base64.b64encode(secrets.token_bytes(24)).decode(), "ann", "bob") is None
    assert forge(_b64_claims("carl"), "ann", "bob") is None  # another user's name: not ours


# --- serving and running ---------------------------------------------------------------------


class Served(ServedApp):
    """The app served, its OpenAPI document written where the probes read it."""

    def __init__(self, app: FastAPI, schema: Path) -> None:
        super().__init__(app)
        schema.write_text(json.dumps(self.openapi), encoding="utf-8")
        self.schema = schema


def probe(app: FastAPI, kind: str, tmp: Path) -> tuple[ConformanceResult, SecurityResult]:
    """Both probes through their command lines, results read back like the grader does."""
    with Served(app, tmp / "schema.json") as served:
        common = ["--schema", str(served.schema), "--base-url", served.base_url]
        assert conformance.main([*common, "--kind", kind, "--out", str(tmp / "c.json")]) == 0
        assert security_probe.main([*common, "--out", str(tmp / "s.json")]) == 0
    result: ConformanceResult = json.loads((tmp / "c.json").read_text())
    security: SecurityResult = json.loads((tmp / "s.json").read_text())
    return result, security


def statuses(result: ConformanceResult) -> dict[str, str]:
    return {s["id"]: s["status"] for s in result["scenarios"]}


def confirmed(security: SecurityResult) -> set[str]:
    return {c["check"] for c in security["checks"] if c["confirmed"]}


@pytest.fixture(scope="module")
def good_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[ConformanceResult, SecurityResult]:
    return probe(good, "todo", tmp_path_factory.mktemp("good"))


@pytest.fixture(scope="module")
def variant_run(
    tmp_path_factory: pytest.TempPathFactory,
) -> tuple[ConformanceResult, SecurityResult]:
    return probe(variant, "todo", tmp_path_factory.mktemp("variant"))


@pytest.fixture(scope="module")
def bad_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[ConformanceResult, SecurityResult]:
    reset_bad()
    return probe(bad, "todo", tmp_path_factory.mktemp("bad"))


# --- the good app ----------------------------------------------------------------------------


def test_good_app_passes_every_scenario(good_run: tuple[ConformanceResult, SecurityResult]) -> None:
    result, _ = good_run
    assert result["error"] is None
    assert result["broken"] is None
    assert result["resource"] == "/todos"
    got = statuses(result)
    expected = {
        "resource", "authentication", "login", "create", "create-echo", "read", "read-missing",
        "update", "update-missing", "list", "delete", "delete-missing", "invalid-missing-field",
        "invalid-wrong-type", "invalid-null-update", "unauthenticated-write", "unauthenticated-read", "other-user-read",
        "other-user-write", "other-user-delete", "pagination-supported", "pagination-limit",
        "pagination-negative-limit", "pagination-huge-limit", "pagination-negative-offset",
    }  # fmt: skip
    assert {sid: got.get(sid) for sid in expected} == dict.fromkeys(expected, "pass")
    assert result["seconds"] < 30
    assert result["auth"].startswith("oauth2_password")


def test_good_app_confirms_no_security_weakness(
    good_run: tuple[ConformanceResult, SecurityResult],
) -> None:
    _, security = good_run
    assert security["error"] is None
    assert {c["check"] for c in security["checks"]} == set(SECURITY_RULES)
    assert confirmed(security) == set()
    assert host.security_findings(security) == []


def test_good_app_yields_no_conformance_finding(
    good_run: tuple[ConformanceResult, SecurityResult],
) -> None:
    result, security = good_run
    assert host.conformance_findings(result) == []
    metrics = host.conformance_metrics(result, security)
    assert metrics["conformance_failed"] == 0
    assert metrics["conformance_pass_ratio"] == 1.0
    assert metrics["security_confirmed"] == 0


# --- the variant app -------------------------------------------------------------------------


def test_variant_app_has_variants_and_no_failure(
    variant_run: tuple[ConformanceResult, SecurityResult],
) -> None:
    result, security = variant_run
    assert result["error"] is None
    assert result["resource"] == "/api/v1/todo"
    got = statuses(result)
    assert [sid for sid, status in got.items() if status == "fail"] == []
    assert got["create"] == got["update"] == got["delete"] == "variant"
    for sid in ("read", "read-missing", "list", "other-user-read", "pagination-negative-limit"):
        assert got[sid] == "pass", sid
    assert result["auth"].startswith("json_login")
    assert confirmed(security) == set()


def test_variant_findings_are_one_info_listing(
    variant_run: tuple[ConformanceResult, SecurityResult],
) -> None:
    findings = host.conformance_findings(variant_run[0])
    assert [f.rule for f in findings] == ["CONF-VARIANT"]
    assert findings[0].severity == Severity.INFO and findings[0].flag is None
    assert "PATCH instead of PUT" in findings[0].detail
    assert findings[0].source == "conformance"


# --- the bad app -----------------------------------------------------------------------------


def test_bad_app_fails_the_expected_scenarios(
    bad_run: tuple[ConformanceResult, SecurityResult],
) -> None:
    result, _ = bad_run
    got = statuses(result)
    failing = {
        "read-missing", "update-missing", "delete-missing", "unauthenticated-write",
        "unauthenticated-read", "other-user-read", "other-user-write", "other-user-delete",
        "pagination-negative-limit", "invalid-null-update",
    }  # fmt: skip
    assert {sid: got.get(sid) for sid in failing} == dict.fromkeys(failing, "fail")
    assert got["create"] == got["read"] == got["list"] == "pass"
    missing = next(s for s in result["scenarios"] if s["id"] == "read-missing")
    assert missing["got"] == "500"
    assert missing["path"] == "/todos/{todo_id}"
    assert missing["url_path"] == "/todos/987654321"
    assert missing["curl"].startswith("curl -i -X GET http://127.0.0.1:")


def test_bad_app_confirms_every_security_check(
    bad_run: tuple[ConformanceResult, SecurityResult],
) -> None:
    _, security = bad_run
    assert security["error"] is None
    # its token is a JWT: forging one is weak_jwt_key's, not forged_token's (opaque tokens)
    assert confirmed(security) == set(SECURITY_RULES) - {"forged_token"}
    by_check = {c["check"]: c for c in security["checks"]}
    assert "plaintext password" in by_check["password_exposed"]["detail"]
    assert by_check["weak_jwt_key"]["detail"].endswith("signed with 'secret'")
    assert by_check["sql_injection"]["path"] == "/todos"
    assert by_check["cors_credentials"]["method"] == "OPTIONS"


def test_bad_app_findings_carry_flags_and_requests(
    bad_run: tuple[ConformanceResult, SecurityResult],
) -> None:
    result, security = bad_run
    findings = {f.rule: f for f in host.conformance_findings(result)}
    assert findings["CONF-OTHER-USER-READ"].flag == RedFlag.SECURITY_OVERSIGHTS
    assert findings["CONF-OTHER-USER-READ"].severity == Severity.CRITICAL
    assert findings["CONF-UNAUTHENTICATED-WRITE"].severity == Severity.MAJOR
    # a validation gap, not a performance one (issue 14, class 5): security's missing input
    # validation, supporting only
    negative = findings["CONF-PAGINATION-NEGATIVE-LIMIT"]
    assert negative.flag == RedFlag.SECURITY_OVERSIGHTS and negative.proven
    blanked = findings["CONF-INVALID-NULL-UPDATE"]
    assert blanked.flag == RedFlag.SECURITY_OVERSIGHTS and blanked.proven
    assert "stored null in the required field 'title'" in blanked.detail
    crash = findings["CONF-READ-MISSING"]
    assert crash.flag is None and crash.request is not None and crash.request.status == 500
    assert crash.title == "GET /todos/{todo_id}: Not met: Reading a missing record answers 404"
    security_rules = {f.rule: f for f in host.security_findings(security)}
    assert set(security_rules) == set(SECURITY_RULES.values()) - {"SEC-DYN-FORGED-TOKEN"}
    jwt = security_rules["SEC-DYN-WEAK-JWT-KEY"]
    assert jwt.severity == Severity.CRITICAL and jwt.request is not None
    assert jwt.request.status == 200 and "Bearer ey" in jwt.request.curl
    assert all(f.source == "conformance" for f in security_rules.values())
    metrics = host.conformance_metrics(result, security)
    assert metrics["conformance_failed"] == len(findings) - ("CONF-VARIANT" in findings)
    assert metrics["security_confirmed"] == 5


# --- a blog, and an app of unknown kind ------------------------------------------------------


def test_blog_app_passes_comments_and_author_only_edits(tmp_path: Path) -> None:
    result, security = probe(blog, "blog", tmp_path)
    got = statuses(result)
    assert result["resource"] == "/posts"
    assert [sid for sid, status in got.items() if status not in ("pass", "not_applicable")] == []
    for sid in ("comment-create", "comment-list", "comment-missing-post", "other-user-write"):
        assert got[sid] == "pass", sid
    assert "other-user-read" not in got and "unauthenticated-read" not in got
    edit = next(s for s in result["scenarios"] if s["id"] == "other-user-write")
    assert edit["got"] == "403"
    assert confirmed(security) == set()


def test_unknown_kind_runs_the_generic_scenarios_only(tmp_path: Path) -> None:
    result, _ = probe(good, "unknown", tmp_path)
    got = statuses(result)
    assert set(got) == {
        "resource", "create", "create-echo", "read", "read-missing", "invalid-missing-field",
        "invalid-wrong-type",
    }  # fmt: skip
    assert set(got.values()) == {"pass"}


def test_a_todo_api_without_authentication_fails_that_scenario(tmp_path: Path) -> None:
    open_app = FastAPI()
    open_app.add_api_route("/todos", bad_create, methods=["POST"], status_code=201)
    open_app.add_api_route("/todos/{todo_id}", bad_read, methods=["GET"])
    reset_bad()
    result, security = probe(open_app, "todo", tmp_path)
    got = statuses(result)
    assert got["authentication"] == "fail"
    assert got["unauthenticated-write"] == got["login"] == "not_applicable"
    assert got["pagination-supported"] == "not_applicable"  # no list route at all
    assert got["list"] == got["update"] == "fail"
    findings = {f.rule: f for f in host.conformance_findings(result)}
    assert findings["CONF-AUTHENTICATION"].flag == RedFlag.SECURITY_OVERSIGHTS
    assert findings["CONF-AUTHENTICATION"].request is None
    assert "unauthenticated_mutation" not in confirmed(security)


# --- pieces --------------------------------------------------------------------------------


def test_record_ids_lists_and_missing_ids() -> None:
    assert record_id({"data": {"uuid": "abc"}}, None) == "abc"
    assert record_id({"todo_id": 7, "id": 3}, "todo_id") == "7"
    assert record_id({"_id": "5f1d7a3e9c1b2a0012345678"}, "item_id") == "5f1d7a3e9c1b2a0012345678"
    assert record_id({"ok": True}, None, "/todos/42") == "42"
    assert record_id({"id": True}, None) is None
    assert listed({"items": [1], "total": 1}) == [1]
    assert listed({"todos": [1, 2], "count": 2}) == [1, 2]
    assert listed({"a": [1], "b": [2]}) is None
    assert listed({"status": True, "data": {"posts": [1, 2], "total": 2}}) == [1, 2]
    assert listed({"data": {"a": [1]}, "result": {"b": [2]}}) is None  # which envelope?
    assert missing_id("12") == "987654321"
    assert missing_id("357dcab1-94a7-4052-b338-a9db793b175e").startswith("00000000-")
    assert missing_id("slug") == "grader-missing-id"


def test_resources_are_mapped_through_prefixes_and_auth_routes_are_not_resources() -> None:
    resources = map_resources(variant.openapi())
    assert [r.collection for r in resources] == ["/api/v1/todo"]
    todo = pick_resource(resources, ("todos", "todo"))
    assert todo is not None and todo.item == "/api/v1/todo/{todo_uuid}"
    assert (todo.param, todo.update_method) == ("todo_uuid", "PATCH")
    assert todo.list_params == ("limit", "offset")
    assert todo.id_example is None  # a plain string parameter
    good_todos = pick_resource(map_resources(good.openapi()), ("todos",))
    assert good_todos is not None and good_todos.id_example == "1"
    assert pick_resource(resources, ("posts",)) is None


def test_rpc_style_routes_are_one_resource_listed_and_edited_where_the_app_does(
    tmp_path: Path,
) -> None:
    """The post is created, listed, read, updated and deleted at five paths; the scenarios
    send each request where the app takes it instead of failing for a missing `/posts`."""
    result, _ = probe(rpc_blog, "blog", tmp_path)
    got = statuses(result)
    assert result["resource"] == "/post/create_post"
    assert got["resource"] == got["read"] == got["update"] == got["list"] == "pass"
    assert got["create"] == got["delete"] == "variant"  # 200 for both
    assert got["read-missing"] == got["update-missing"] == got["delete-missing"] == "pass"
    assert got["pagination-supported"] == "variant"  # page and size


def test_a_limit_read_by_hand_is_paging_not_an_unbounded_list(tmp_path: Path) -> None:
    """The schema lists no `limit`, but `?limit=2` cuts the list: a variant, and the bounds
    scenarios run against it instead of charging an unbounded collection."""
    result, _ = probe(hand_paged, "todo", tmp_path)
    got = statuses(result)
    assert got["pagination-supported"] == "variant"
    assert got["pagination-limit"] == "pass"
    assert got["pagination-negative-limit"] in {"pass", "fail"}  # it ran


def test_a_page_size_by_another_name_is_paging_not_an_unbounded_list(tmp_path: Path) -> None:
    """`?lim=&off=` (fresh bw43-02, a competitive programmer's names): a variant of the
    contract, its bounds checked under its own name, never an unbounded collection."""
    result, _ = probe(short_paged, "todo", tmp_path)
    got = statuses(result)
    assert got["pagination-supported"] == "variant"
    assert got["pagination-limit"] == "pass"
    assert got["pagination-negative-limit"] == "pass"  # ge=1 refuses -1


def test_forged_jwts_are_well_formed() -> None:
    token = security_probe.forge_jwt({"sub": "alice"}, "secret")
    assert security_probe.jwt_parts(token) == ({"alg": "HS256", "typ": "JWT"}, {"sub": "alice"})
    signing, _, signature = token.rpartition(".")
    assert signature == _b64(hmac.new(b"secret", signing.encode(), hashlib.sha256).digest())
    unsigned = security_probe.forge_jwt({"sub": "alice"}, None)
    parts = security_probe.jwt_parts(unsigned)
    assert unsigned.endswith(".") and parts is not None and parts[0]["alg"] == "none"
    assert security_probe.jwt_parts("opaque-token") is None
    assert security_probe.jwt_parts("a.b.c") is None


def _reply(status: int, body: Any) -> Exchange:
    text = json.dumps(body)
    return Exchange("GET", "/me", "/me", status, body, text, {}, "curl")


def test_password_exposure_is_the_plaintext_or_a_hash_in_a_password_field() -> None:
    exposed = security_probe.exposed_password
    assert exposed(_reply(201, {"password": PASSWORD})) == "the plaintext password in field 'password'"
    # the fuzzer wrote the password's text into a post's title: nothing leaked (blog_good)
    assert exposed(_reply(200, [{"id": 5, "title": PASSWORD, "author": "grader_user"}])) is None
    assert exposed(_reply(200, {"user": {"Password": "fakehashed" + PASSWORD}})) is not None
    bcrypt = "$2b$12$" + "a" * 53
    assert exposed(_reply(200, [{"user": {"hashed_password": bcrypt}}])) is not None
    # the key of the record that holds it: where the app embedded a user row (tune bw28-03)
    posts = {"posts": [{"id": 1, "author": {"id": 2, "password": bcrypt}}]}
    assert exposed(_reply(200, posts)) == "a password hash in field 'password' under 'author'"
    assert exposed(_reply(200, {"password_hash": "ab" * 32})) is not None
    assert exposed(_reply(200, {"etag": "ab" * 32, "id": 1})) is None  # hex, but not a password
    md5 = "5f4dcc3b5aa765d61d8327deb882cf99"  # a salted MD5 stored as the password (32 hex)
    assert exposed(_reply(200, {"success": True, "user": {"password": md5}})) is not None
    assert exposed(_reply(200, {"token": md5})) is None  # a token of that shape is no password
    assert exposed(_reply(422, {"input": {"password": PASSWORD}})) is None  # only 2xx count


def test_loopback_only(tmp_path: Path) -> None:
    schema = tmp_path / "schema.json"
    schema.write_text("{}")
    out = tmp_path / "c.json"
    argv = ["--schema", str(schema), "--base-url", "http://10.0.0.1:8000", "--out", str(out)]
    assert conformance.main([*argv, "--kind", "todo"]) == 2
    assert "outside 127.0.0.0/8" in json.loads(out.read_text())["error"]
    assert security_probe.main(argv) == 2
    assert json.loads(out.read_text())["checks"] == []


def test_an_unanswering_app_gives_results_not_exceptions(tmp_path: Path) -> None:
    schema = tmp_path / "schema.json"
    schema.write_text(json.dumps(good.openapi()))
    with socket.socket() as sock:  # a port nobody listens on
        sock.bind(("127.0.0.1", 0))
        base_url = f"http://127.0.0.1:{sock.getsockname()[1]}"
    result = conformance.run_conformance_probe(schema, "todo", base_url, None, 10)
    assert result["error"] is None
    got = statuses(result)
    assert got["login"] == got["create"] == "fail"
    create = next(s for s in result["scenarios"] if s["id"] == "create")
    assert "ConnectError" in create["got"]


def test_env_token_is_sent_as_bearer(tmp_path: Path) -> None:
    token = uuid.uuid4().hex
    GOOD_USERS["env_user"] = "x"
    GOOD_TOKENS[token] = "env_user"
    with Served(good, tmp_path / "schema.json") as served:
        result = conformance.run_conformance_probe(
            served.schema, "todo", served.base_url, f"API_TOKEN={token}", 30
        )
    got = statuses(result)
    assert result["auth"].startswith("env_token")
    assert got["create"] == got["read"] == got["unauthenticated-write"] == "pass"
    assert got["other-user-read"] == "not_applicable"


class FakeSidecar:
    """Stands in for the sidecar container: runs the probe's main() here, keeps its files."""

    def __init__(self, served: Served, tmp: Path) -> None:
        self.served, self.tmp = served, tmp

    def exec(self, argv: list[str], timeout: float) -> tuple[int, str]:
        module = argv[argv.index("-m") + 1]
        args = [self.local(a) for a in argv[argv.index("-m") + 2 :]]
        main = {
            "probes.conformance": conformance.main,
            "probes.security_probe": security_probe.main,
        }
        return main[module](args), ""

    def local(self, value: str) -> str:
        if value == "/work/schema.json":
            return str(self.served.schema)
        if value.startswith("/work/"):
            return str(self.tmp / value.removeprefix("/work/"))
        return self.served.base_url if value.startswith("http://127.0.0.1") else value

    def read(self, path: str, max_bytes: int) -> bytes | None:
        local = Path(self.local(path))
        return local.read_bytes()[:max_bytes] if local.exists() else None


def test_host_side_runs_both_probes_through_the_sidecar_calls(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    reset_bad()
    with Served(bad, tmp_path / "schema.json") as served:
        fake = FakeSidecar(served, tmp_path)
        monkeypatch.setattr(
            sidecar, "sidecar_exec", lambda _s, argv, timeout: fake.exec(argv, timeout)
        )
        monkeypatch.setattr(sidecar, "read_file", lambda _s, path, limit: fake.read(path, limit))

        result = host.run_conformance(object(), "todo", ("TOKEN", "abc"))
        security = host.run_security_probe(object())
    assert result["kind"] == "todo" and result["auth"].startswith("env_token")
    assert statuses(result)["read-missing"] == "fail"
    assert confirmed(security) == set(SECURITY_RULES) - {"forged_token"}  # a JWT app
    monkeypatch.setattr(sidecar, "read_file", lambda *_: b'{"checks": "nope"}')
    with pytest.raises(RuntimeError, match="malformed"):
        host.run_security_probe(object())


def test_a_crash_that_wedges_the_app_comes_after_what_it_would_hide(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The null update wedges this app for good: the leaked password and the open writes to
    another user's todo are measured before it, by the security probe and the scenarios."""
    FRAGILE_WEDGED.clear()
    with Served(fragile, tmp_path / "schema.json") as served:
        fake = FakeSidecar(served, tmp_path)
        monkeypatch.setattr(
            sidecar, "sidecar_exec", lambda _s, argv, timeout: fake.exec(argv, timeout)
        )
        monkeypatch.setattr(sidecar, "read_file", lambda _s, path, limit: fake.read(path, limit))
        result, security = host.run_probes(object(), "todo")
    got = statuses(result)
    assert FRAGILE_WEDGED.is_set()
    assert got["invalid-null-update"] == "fail"
    assert got["other-user-write"] == got["other-user-delete"] == "fail"
    assert got["pagination-limit"] == got["delete"] == "pass"
    assert "password_exposed" in confirmed(security)
    assert result["broken"] is not None
    assert result["broken"].startswith("GET /todos worked during the scenarios and answered 500")
    assert "POST /todos worked during the scenarios and answered 500" in result["broken"]


def test_a_hash_embedded_in_the_records_is_seen_once_there_is_a_record(tmp_path: Path) -> None:
    """The list of posts is empty until the probe writes one; then it carries its author's
    password hash. The main resource is written first, whatever the schema lists before it.
    The author list leaks it too: each leaking route is reported (tune bw28-03, bw31-03)."""
    LEAKY_POSTS.clear()
    with Served(leaky, tmp_path / "schema.json") as served:
        argv = ["--schema", str(served.schema), "--base-url", served.base_url]
        assert security_probe.main([*argv, "--out", str(tmp_path / "s.json")]) == 0
    security: SecurityResult = json.loads((tmp_path / "s.json").read_text())
    exposed = [c for c in security["checks"] if c["check"] == "password_exposed"]
    assert all(c["confirmed"] and "password_hash" in c["detail"] for c in exposed), exposed
    # every route that leaks it is reported, each once: the post list and the author list
    assert sorted((c["method"], c["path"]) for c in exposed) == [
        ("GET", "/authors"),
        ("GET", "/posts"),
    ]


@pytest.mark.parametrize(("kind", "collection"), [("todo", "/todos"), ("blog", "/posts")])
def test_reference_specs_name_real_scenarios_and_map_onto_themselves(
    kind: str, collection: str
) -> None:
    root = Path(__file__).resolve().parents[2] / "reference_specs" / kind
    spec = json.loads((root / "openapi.json").read_text(encoding="utf-8"))
    assert spec["openapi"].startswith("3.1")
    ids = [s["id"] for s in spec["x-grader-scenarios"]]
    assert len(ids) == len(set(ids)) and set(ids) <= set(SCENARIO_TITLES)
    resources = map_resources(spec)
    picked = pick_resource(resources, RESOURCE_WORDS[kind])
    assert picked is not None and picked.collection == collection
    assert picked.update_method == "PUT" and picked.list_params == ("limit", "offset")
    assert "limit" in (root / "assignment.md").read_text(encoding="utf-8")
    if kind == "blog":
        assert any(r.collection == "/posts/{post_id}/comments" for r in resources)


def test_a_spent_budget_leaves_scenarios_unjudged_not_failed(tmp_path: Path) -> None:
    with Served(good, tmp_path / "schema.json") as served:
        result = conformance.run_conformance_probe(served.schema, "todo", served.base_url, None, 0)
    got = statuses(result)
    assert got["create"] == got["login"] == "not_applicable"
    assert "budget" in next(s for s in result["scenarios"] if s["id"] == "create")["detail"]
    assert [s["id"] for s in result["scenarios"] if s["status"] == "fail"] == []


# --- a safe search over records full of quotes: the SQL probe must not fire on its own data ---

quotes = FastAPI()
QUOTED = [{"id": i, "title": f"Bob's list #{i} ('urgent')"} for i in range(1, 6)]


@quotes.get("/todos")
def quotes_list(q: str = "", limit: int = Query(10, ge=1, le=50)) -> list[dict[str, Any]]:
    found = [t for t in QUOTED if q.lower() in str(t["title"]).lower()]  # bound, never SQL
    return found[:limit]


@quotes.post("/todos", status_code=201)
def quotes_create(body: TodoIn) -> dict[str, Any]:
    record = {"id": len(QUOTED) + 1, "title": f"{body.title} it's"}
    QUOTED.append(record)
    return record


def test_quotes_in_the_data_are_not_taken_for_injection(tmp_path: Path) -> None:
    _, security = probe(quotes, "todo", tmp_path)
    sql = next(c for c in security["checks"] if c["check"] == "sql_injection")
    assert not sql["confirmed"], sql
    assert "tried" in sql["detail"]  # the search parameter was really probed


# --- HTTP Basic at the token route, a bearer token everywhere else --------------------------

basic_to_bearer = FastAPI()
BASIC_USERS: dict[str, str] = {}
BASIC_TOKENS: dict[str, str] = {}
BASIC_TODOS: dict[int, dict[str, Any]] = {}


def basic_owner(
    credentials: Annotated[HTTPAuthorizationCredentials, Depends(HTTPBearer())],
) -> str:
    owner = BASIC_TOKENS.get(credentials.credentials)
    if owner is None:
        raise HTTPException(401, "bearer token required")
    return owner


@basic_to_bearer.post("/auth/register", status_code=201)
def basic_register(body: Signup) -> dict[str, str]:
    BASIC_USERS[body.username] = body.password
    return {"username": body.username}


@basic_to_bearer.post("/auth/token")
def basic_token(credentials: Annotated[HTTPBasicCredentials, Depends(HTTPBasic())]) -> dict[str, str]:
    if BASIC_USERS.get(credentials.username) != credentials.password:
        raise HTTPException(401, "bad credentials")
    token = uuid.uuid4().hex
    BASIC_TOKENS[token] = credentials.username
    return {"access_token": token, "token_type": "bearer"}


@basic_to_bearer.post("/todos", status_code=201)
def basic_create(body: TodoIn, owner: Annotated[str, Depends(basic_owner)]) -> dict[str, Any]:
    todo = {"id": len(BASIC_TODOS) + 1, **body.model_dump(), "owner": owner}
    BASIC_TODOS[todo["id"]] = todo
    return todo


@basic_to_bearer.get("/todos/{todo_id}")
def basic_read(todo_id: int, owner: Annotated[str, Depends(basic_owner)]) -> dict[str, Any]:
    todo = BASIC_TODOS.get(todo_id)
    if todo is None or todo["owner"] != owner:
        raise HTTPException(404, "no such todo")
    return todo


def test_http_basic_credentials_are_exchanged_for_the_bearer_token(tmp_path: Path) -> None:
    result, _ = probe(basic_to_bearer, "todo", tmp_path)
    got = statuses(result)
    assert got["create"] == "pass" and got["read"] == "pass", result["scenarios"]


# --- a blog that pastes values into SQL: the probe's own text must not break it ----------------

quoting = FastAPI()
QUOTED_POSTS: list[dict[str, Any]] = []


class QuotingPostIn(BaseModel):
    title: str
    content: str


@quoting.post("/posts", status_code=201)
def quoting_create(body: QuotingPostIn) -> dict[str, Any]:
    if "'" in body.title + body.content:  # what `VALUES ('%s')` % title does with a quote
        raise HTTPException(500, "near \"s\": syntax error")
    QUOTED_POSTS.append({"id": len(QUOTED_POSTS) + 1, **body.model_dump()})
    return QUOTED_POSTS[-1]


@quoting.get("/posts")
def quoting_list(request: Request) -> list[dict[str, Any]]:
    return QUOTED_POSTS[: int(request.query_params.get("limit", 20))]  # read by hand


def test_the_probes_own_text_holds_no_quote_and_an_unseen_list_is_not_judged(
    tmp_path: Path,
) -> None:
    """Quote-free probe text lets an app that pastes values into SQL create records (tune
    bw31-03: its creates had all failed on "grader's", hiding every scenario after them); and a
    list the probe could not fill is not said to grow without bound."""
    texts = [sample_value({}, name, {"type": "string"}, "t") for name in ("content", "title")]
    assert not any(quote in text for text in texts for quote in "'\"")
    QUOTED_POSTS.clear()
    result, _ = probe(quoting, "blog", tmp_path)
    got = statuses(result)
    assert got["create"] == "pass"
    assert got["pagination-supported"] == "variant"  # ?limit=2 honoured, read by hand
    QUOTED_POSTS.clear()
    broken = FastAPI()
    broken.add_api_route("/posts", quoting_list, methods=["GET"])

    @broken.post("/posts", status_code=201)
    def always_fails(body: QuotingPostIn) -> dict[str, Any]:
        raise HTTPException(500, "down")

    (tmp_path / "broken").mkdir()
    result, _ = probe(broken, "blog", tmp_path / "broken")
    unseen = next(s for s in result["scenarios"] if s["id"] == "pagination-supported")
    assert unseen["status"] == "not_applicable"
    assert "held 0 record(s) after three creates" in unseen["detail"]
