"""Bodies read by hand are written into the probes' schema from the keys the handler reads."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from grader.discovery import discover
from grader.phases.assumed_bodies import ASSUMED, assume_bodies, reference_types
from grader.phases.body_fields import BodyFields

APP = '''
from fastapi import Body, FastAPI, Request
from pydantic import BaseModel

app = FastAPI()


class TodoIn(BaseModel):
    title: str


@app.post("/signup")
async def signup(request: Request):
    data = await request.json()
    return {"name": data["username"], "secret": len(data["password"])}


@app.post("/todos")
async def create(request: Request):
    payload = await request.json()
    return {"title": payload["title"], "done": payload.get("done", False)}


@app.patch("/todos/{todo_id}")
def update(todo_id: int, changes: dict = Body(...)):
    return {"title": changes.get("title")}


@app.put("/todos/{todo_id}")
def replace(todo_id: int, body: TodoIn):
    return body


@app.post("/logout")
async def logout(request: Request):
    return {"bye": request.headers.get("authorization")}
'''


def _schema() -> dict[str, Any]:
    dict_body = {"content": {"application/json": {"schema": {"type": "object"}}}}
    model_body = {
        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/TodoIn"}}}
    }
    return {
        "paths": {
            "/signup": {"post": {}},
            "/todos": {"post": {}},
            "/todos/{todo_id}": {
                "patch": {"requestBody": dict_body},
                "put": {"requestBody": model_body},
            },
            "/logout": {"post": {}},
        }
    }


def _body(schema: dict[str, Any], path: str, method: str) -> dict[str, Any]:
    body: dict[str, Any] = schema["paths"][path][method]["requestBody"]
    assert body[ASSUMED] is True
    result: dict[str, Any] = body["content"]["application/json"]["schema"]
    return result


def test_raw_bodies_get_the_keys_their_handlers_read(tmp_path: Path) -> None:
    (tmp_path / "main.py").write_text(APP)
    facts = discover(tmp_path)
    schema = _schema()
    assumed = assume_bodies(schema, BodyFields(facts, tmp_path), "todo")
    described = sorted(body.describe() for body in assumed)
    assert described == [
        "PATCH /todos/{todo_id} {title?}",
        "POST /signup {username, password}",
        "POST /todos {title, done?}",
    ]
    signup = _body(schema, "/signup", "post")
    assert signup["required"] == ["username", "password"]
    todo = _body(schema, "/todos", "post")
    assert todo["properties"]["done"] == {"type": "boolean"}  # typed by the reference contract
    assert todo["properties"]["title"] == {"type": "string"}
    put = schema["paths"]["/todos/{todo_id}"]["put"]["requestBody"]
    assert ASSUMED not in put  # a model body is documented: left as it is
    assert "requestBody" not in schema["paths"]["/logout"]["post"]  # reads no body


def test_a_schema_that_documents_every_body_is_left_alone(tmp_path: Path) -> None:
    (tmp_path / "main.py").write_text(APP)
    facts = discover(tmp_path)
    schema: dict[str, Any] = {"paths": {"/todos/{todo_id}": {"put": {}}}}
    assert assume_bodies(schema, BodyFields(facts, tmp_path), "todo") == []
    assert schema == {"paths": {"/todos/{todo_id}": {"put": {}}}}


def test_the_reference_contracts_type_their_fields() -> None:
    assert reference_types("todo")["done"] == "boolean"
    assert reference_types("blog")["title"] == "string"
    assert reference_types("unknown") == {}


HELPER_APP = '''
from fastapi import FastAPI, HTTPException, Request

app = FastAPI()


async def body(req: Request) -> dict:
    b = await req.json()
    if not isinstance(b, dict):
        raise HTTPException(400, "body must be a json object")
    return b


def chk_str(b: dict, key: str, lo: int, hi: int, required: bool) -> str | None:
    v = b.get(key)
    if required and not isinstance(v, str):
        raise HTTPException(400, f"'{key}' is required")
    return v


@app.post("/signup")
async def signup(req: Request):
    b = await body(req)
    name = chk_str(b, "username", 3, 32, True)
    pw = chk_str(b, "password", 8, 128, True)
    return {"username": name, "n": len(pw or "")}
'''


def test_a_body_read_and_checked_through_helpers_gets_the_keys_they_are_given(
    tmp_path: Path,
) -> None:
    """`b = await body(req)` then `chk_str(b, "username", ...)`: a C programmer's signup, whose
    body the probes could not fill, so they never signed in."""
    (tmp_path / "main.py").write_text(HELPER_APP)
    schema: dict[str, Any] = {"paths": {"/signup": {"post": {}}}}
    assumed = assume_bodies(schema, BodyFields(discover(tmp_path), tmp_path), "todo")
    assert [body.describe() for body in assumed] == ["POST /signup {username?, password?}"]


UNTYPED_HELPER_APP = '''
from fastapi import FastAPI, Request

app = FastAPI()


async def get_params(request):
    params = dict(request.query_params)
    if "application/json" in request.headers.get("content-type", ""):
        body = await request.json()
        if isinstance(body, dict):
            params.update(body)
    return params


def describe(request):
    return request.url.path  # takes the request, never reads its body


@app.post("/auth/register", status_code=201)
async def register(request: Request):
    params = await get_params(request)
    return {"username": params.get("username", ""), "n": len(params.get("password", ""))}


@app.post("/ping")
async def ping(request: Request):
    return {"path": describe(request)}
'''


def test_a_helper_handed_the_request_untyped_still_reads_the_body(tmp_path: Path) -> None:
    """`async def get_params(request)` merging the JSON body into the query (a WordPress
    developer's `get_params()`): its callers read the keys they take from the result."""
    (tmp_path / "main.py").write_text(UNTYPED_HELPER_APP)
    schema: dict[str, Any] = {"paths": {"/auth/register": {"post": {}}, "/ping": {"post": {}}}}
    assumed = assume_bodies(schema, BodyFields(discover(tmp_path), tmp_path), "blog")
    assert [body.describe() for body in assumed] == ["POST /auth/register {username?, password?}"]


CONTROLLER_APP = '''
from fastapi import APIRouter, FastAPI, HTTPException, Request


class AuthController:
    def register(self, payload: dict):
        if not payload.get("name") or not payload.get("password"):
            raise HTTPException(status_code=422, detail="The name and password fields are required.")
        return {"name": payload["name"]}


class TodoController:
    def update(self, user, todo_id: int, payload: dict):
        return {"title": payload.get("title")}


auth = AuthController()
todos = TodoController()
app = FastAPI()


@app.post("/api/register", status_code=201)
def register(payload: dict):
    return auth.register(payload)


@app.put("/api/todos/{todo_id}")
async def update(todo_id: int, request: Request):
    payload = await request.json()
    return todos.update(None, todo_id, payload=payload)
'''


def test_a_body_handed_on_to_a_controller_gets_the_keys_the_controller_reads(
    tmp_path: Path,
) -> None:
    """`return auth.register(payload)`: a Laravel developer's route reads nothing itself; the
    controller's method does (tune bw24-04, whose probes never signed in)."""
    (tmp_path / "main.py").write_text(CONTROLLER_APP)
    schema: dict[str, Any] = {"paths": {"/api/register": {"post": {}}, "/api/todos/{todo_id}": {"put": {}}}}
    assumed = assume_bodies(schema, BodyFields(discover(tmp_path), tmp_path), "todo")
    assert sorted(body.describe() for body in assumed) == [
        "POST /api/register {name, password?}",
        "PUT /api/todos/{todo_id} {title?}",
    ]


GUARDED_APP = '''
from fastapi import Body, FastAPI, HTTPException

app = FastAPI()


def check_todo(body, partial):
    out = {}
    if "title" not in body and not partial:
        raise HTTPException(422, "title is required")
    out["title"] = body["title"]
    if "description" in body:
        out["descr"] = body["description"]
    return out


@app.post("/todos", status_code=201)
def todo_create(body: dict = Body(...)):
    return check_todo(body, partial=False)
'''


def test_a_key_read_only_after_asking_whether_it_was_sent_is_optional(tmp_path: Path) -> None:
    """`if "description" in body: ... body["description"]` reads it only when sent (tune
    bw25-01, whose probes were told a description was required, and charged its absence); a
    key checked with `not in` before a refusal stays required."""
    (tmp_path / "main.py").write_text(GUARDED_APP)
    schema: dict[str, Any] = {"paths": {"/todos": {"post": {}}}}
    assumed = assume_bodies(schema, BodyFields(discover(tmp_path), tmp_path), "todo")
    assert [body.describe() for body in assumed] == ["POST /todos {title, description?}"]


CHANGESET_APP = '''
from typing import Any

from fastapi import Body, FastAPI

app = FastAPI()


def cast(params, permitted):
    return {k: v for k, v in params.items() if k in permitted}


def registration_changeset(params):
    return cast(params, ["username", "password"])


def register_user(params):
    return registration_changeset(params)


def authenticate(params):
    match params:
        case {"username": str(username), "password": str(password)}:
            return username, password
        case _:
            return None


@app.post("/api/users", status_code=201)
async def register(params: dict[str, Any] = Body(...)):
    return register_user(params)


@app.post("/api/sessions")
async def login(params: dict[str, Any] = Body(...)):
    return authenticate(params)
'''


def test_keys_kept_by_a_changeset_or_matched_by_a_mapping_pattern_are_read(tmp_path: Path) -> None:
    """An Elixir-style app (tune bw35-02, whose probes found no signup or login): the body is
    handed on two calls down to `cast(params, ["username", "password"])` (optional keys), and
    `match params: case {"username": ..., "password": ...}` needs both."""
    (tmp_path / "main.py").write_text(CHANGESET_APP)
    schema: dict[str, Any] = {"paths": {"/api/users": {"post": {}}, "/api/sessions": {"post": {}}}}
    assumed = assume_bodies(schema, BodyFields(discover(tmp_path), tmp_path), "todo")
    assert sorted(body.describe() for body in assumed) == [
        "POST /api/sessions {username, password}",
        "POST /api/users {username?, password?}",
    ]


def test_a_body_read_as_a_form_is_assumed_as_a_form(tmp_path: Path) -> None:
    """`await request.form()` in a hand-made login: the probes must post a form there (fresh
    bw57-05 answered their JSON with a 401), while the JSON signup beside it stays JSON."""
    (tmp_path / "main.py").write_text(
        "from fastapi import FastAPI, Request\n\napp = FastAPI()\n\n\n"
        "@app.post('/signup')\nasync def signup(request: Request):\n"
        "    body = await request.json()\n    return {'name': body['username'], 'n': body['password']}\n"
        "\n\n@app.post('/login')\nasync def login(request: Request):\n"
        "    form = await request.form()\n"
        "    return {'token': form.get('username'), 'n': form.get('password')}\n"
    )
    schema: dict[str, Any] = {"paths": {"/signup": {"post": {}}, "/login": {"post": {}}}}
    assume_bodies(schema, BodyFields(discover(tmp_path), tmp_path), "todo")
    login = schema["paths"]["/login"]["post"]["requestBody"]["content"]
    assert list(login) == ["application/x-www-form-urlencoded"]
    assert set(login["application/x-www-form-urlencoded"]["schema"]["properties"]) == {
        "username",
        "password",
    }
    assert list(schema["paths"]["/signup"]["post"]["requestBody"]["content"]) == [
        "application/json"
    ]
