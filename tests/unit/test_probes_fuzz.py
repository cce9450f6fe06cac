"""The sidecar's fuzz runner against a tiny app of our own, served by uvicorn on loopback."""

from __future__ import annotations

import json
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any

import pytest
import uvicorn
from fastapi import Depends, FastAPI, HTTPException, Response
from fastapi.security import OAuth2PasswordBearer, OAuth2PasswordRequestForm
from pydantic import BaseModel, TypeAdapter

from probes.auth import authenticate, find_login, find_registration, registration_body
from probes.fuzz import BODY_LIMIT, NoReply, Reply, credentials_for, load_schema, send
from probes.loopback import loopback_refusal, same_origin
from probes.results import FuzzFailure, FuzzResult
from probes.runner import main

SLOW_SECONDS = 1.0
REQUEST_TIMEOUT = 0.3

NOTES: dict[int, str] = {}
USERS: dict[str, str] = {}


def reset_state() -> None:
    NOTES.clear()
    NOTES.update({1: "first"})
    USERS.clear()


class Registration(BaseModel):
    username: str
    email: str
    password: str


class NoteIn(BaseModel):
    text: str


app = FastAPI()
oauth2 = OAuth2PasswordBearer(tokenUrl="token")


def current_user(token: Annotated[str, Depends(oauth2)]) -> str:
    if not token.startswith("tok-") or token[4:] not in USERS:
        raise HTTPException(status_code=401, detail="bad token")
    return token[4:]


@app.post("/register", status_code=201)
def register(body: Registration) -> dict[str, str]:
    USERS[body.username] = body.password
    return {"username": body.username}


@app.post("/token")
def issue_token(form: Annotated[OAuth2PasswordRequestForm, Depends()]) -> dict[str, str]:
    if USERS.get(form.username) != form.password:
        raise HTTPException(status_code=401, detail="bad credentials")
    return {"access_token": f"tok-{form.username}", "token_type": "bearer"}


@app.get("/me")
def me(user: Annotated[str, Depends(current_user)]) -> dict[str, str]:
    return {"user": user}


@app.delete("/notes/{note_id}", status_code=204)
def delete_note(note_id: int, user: Annotated[str, Depends(current_user)]) -> None:
    del NOTES[note_id]  # the bug: KeyError -> 500 for a missing note


@app.get("/slow")
def slow() -> dict[str, str]:
    time.sleep(SLOW_SECONDS)
    return {"ok": "late"}


@app.get("/big", include_in_schema=False)
def big() -> Response:
    return Response(content=b"x" * (BODY_LIMIT * 3), media_type="text/plain")


@dataclass(frozen=True)
class Served:
    base_url: str
    schema: Path


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, log_level="critical", lifespan="off"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    for _ in range(200):
        if server.started:
            break
        time.sleep(0.025)
    schema = tmp_path_factory.mktemp("schema") / "openapi.json"
    schema.write_text(json.dumps(app.openapi()), encoding="utf-8")
    yield Served(f"http://127.0.0.1:{port}", schema)
    server.should_exit = True
    thread.join(timeout=10)
    sock.close()


def fuzz_once(served: Served, out: Path, seed: int = 7) -> tuple[int, FuzzResult]:
    reset_state()
    argv = [
        "fuzz", "--schema", str(served.schema), "--base-url", served.base_url,
        "--seed", str(seed), "--max-examples", "12", "--request-timeout", str(REQUEST_TIMEOUT),
        "--budget-seconds", "300", "--out", str(out),
    ]  # fmt: skip
    # The budget is far above what 12 examples need: the examples bound the run, not the clock,
    # so a loaded machine changes how long it takes, never what it finds.
    code = main(argv)
    result: FuzzResult = TypeAdapter(FuzzResult).validate_json(out.read_text(encoding="utf-8"))
    return code, result


@pytest.fixture(scope="module")
def two_runs(served: Served, tmp_path_factory: pytest.TempPathFactory) -> list[FuzzResult]:
    out = tmp_path_factory.mktemp("runs")
    results = []
    for name in ("first.json", "second.json"):
        code, result = fuzz_once(served, out / name)
        assert code == 0
        results.append(result)
    return results


def failures_of(result: FuzzResult, kind: str, method: str, path: str) -> list[dict[str, Any]]:
    return [
        dict(f)
        for f in result["failures"]
        if (f["kind"], f["method"], f["path"]) == (kind, method, path)
    ]


def test_server_error_is_found_with_a_reproducing_curl(two_runs: list[FuzzResult]) -> None:
    result = two_runs[0]
    assert result["error"] is None
    found = failures_of(result, "server_error", "DELETE", "/notes/{note_id}")
    assert len(found) == 1
    failure = found[0]
    assert failure["status"] == 500 and failure["check"] == "not_a_server_error"
    assert failure["url_path"].startswith("/notes/") and "{" not in failure["url_path"]
    assert "-X DELETE" in failure["curl"] and "127.0.0.1" in failure["curl"]
    assert failure["url_path"] in failure["curl"]
    assert "Authorization: Bearer tok-grader_user" in failure["curl"]
    assert result["operations_total"] == result["operations_tested"] == 5
    assert result["cases"] > 5


def test_oauth2_password_login_after_registration(two_runs: list[FuzzResult]) -> None:
    auth = two_runs[0]["auth"]
    assert auth["scheme"] == "oauth2_password" and auth["ok"] is True
    assert auth["register_path"] == "/register" and auth["login_path"] == "/token"


def test_slow_route_becomes_a_timeout_and_the_run_finishes(two_runs: list[FuzzResult]) -> None:
    result = two_runs[0]
    (timeout,) = failures_of(result, "timeout", "GET", "/slow")
    assert timeout["status"] is None and "-X GET" in timeout["curl"]
    assert result["truncated"] is False


def test_same_seed_gives_identical_failures(two_runs: list[FuzzResult]) -> None:
    first, second = two_runs
    assert first["failures"] == second["failures"]
    assert first["cases"] == second["cases"]
    keys = [(f["kind"], f["method"], f["path"], f["check"]) for f in first["failures"]]
    assert len(keys) == len(set(keys))


def test_non_loopback_base_url_is_refused(tmp_path: Path) -> None:
    out = tmp_path / "out.json"
    argv = ["fuzz", "--schema", str(tmp_path / "none.json"), "--base-url", "http://10.0.0.1:8000"]
    assert main([*argv, "--out", str(out)]) == 2
    result = json.loads(out.read_text(encoding="utf-8"))
    assert "10.0.0.1" in result["error"] and result["cases"] == 0


@pytest.mark.parametrize(
    ("url", "allowed"),
    [
        ("http://127.0.0.1:8000", True),
        ("http://127.9.8.7", True),
        ("http://localhost:8000/api", True),
        ("http://10.0.0.1:8000", False),
        ("http://192.168.1.10", False),
        ("http://example.com", False),
        ("http://[::1]:8000", False),
        ("ftp://127.0.0.1", False),
        ("http://user:pw@127.0.0.1", False),
    ],
)
def test_loopback_refusal(url: str, allowed: bool) -> None:
    assert (loopback_refusal(url) is None) is allowed


HOSTILE_SCHEMA: dict[str, Any] = {
    "openapi": "3.0.3",
    "info": {"title": "hostile", "version": "1"},
    "paths": {
        "@10.0.0.1/steal": {"get": {"responses": {"200": {"description": "ok"}}}},
        "@10.0.0.1/register": {"post": {
            "requestBody": {"content": {"application/json": {"schema": {
                "type": "object",
                "properties": {"username": {"type": "string"}, "password": {"type": "string"}},
            }}}},
            "responses": {"200": {"description": "ok"}},
        }},
    },
}  # fmt: skip


def test_schema_paths_cannot_move_traffic_off_the_base_url(tmp_path: Path) -> None:
    assert same_origin("http://127.0.0.1:8000/notes/1", "http://127.0.0.1:8000")
    assert not same_origin("http://127.0.0.1:8000@10.0.0.1/steal", "http://127.0.0.1:8000")
    schema, out = tmp_path / "hostile.json", tmp_path / "out.json"
    schema.write_text(json.dumps(HOSTILE_SCHEMA), encoding="utf-8")
    # Nothing listens on this port, so every request the fuzzer sends is a connection_error.
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        base_url = f"http://127.0.0.1:{sock.getsockname()[1]}"
    argv = ["fuzz", "--schema", str(schema), "--base-url", base_url, "--max-examples", "3"]
    assert main([*argv, "--out", str(out)]) == 0
    result = json.loads(out.read_text(encoding="utf-8"))
    # schemathesis joins base URL and path with a slash: the requests stay on the base URL...
    assert result["cases"] > 0
    assert {f["kind"] for f in result["failures"]} == {"connection_error"}
    assert all(f"{base_url}/@10.0.0.1/" in f["curl"] for f in result["failures"])
    # ...and the login helper, which builds its own URLs, refuses the path outright.
    assert "POST @10.0.0.1/register refused" in result["auth"]["detail"]


def test_missing_schema_is_reported_in_the_file(tmp_path: Path, served: Served) -> None:
    out = tmp_path / "out.json"
    argv = ["fuzz", "--schema", str(tmp_path / "absent.json"), "--base-url", served.base_url]
    assert main([*argv, "--out", str(out), "--schema-source", "in_process"]) == 0
    result = TypeAdapter(FuzzResult).validate_json(out.read_text(encoding="utf-8"))
    assert result["error"] is not None and "absent.json" in result["error"]
    assert result["schema_source"] == "in_process"


def test_response_body_is_read_only_up_to_the_limit(served: Served) -> None:
    reply = send({"method": "GET", "url": f"{served.base_url}/big"}, timeout=5)
    assert isinstance(reply, Reply)
    assert reply.body_cut and len(reply.response.content) == BODY_LIMIT


def test_refused_connection_is_a_connection_error() -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    reply = send({"method": "GET", "url": f"http://127.0.0.1:{port}/"}, timeout=1)
    assert isinstance(reply, NoReply) and reply.kind == "connection_error"


JSON_LOGIN_SCHEMA: dict[str, Any] = {
    "openapi": "3.0.3",
    "paths": {
        "/api/users": {"post": {"requestBody": {"content": {"application/json": {
            "schema": {"$ref": "#/components/schemas/UserIn"}}}}}},
        "/api/auth/login": {"post": {"requestBody": {"content": {"application/json": {
            "schema": {"type": "object", "properties": {
                "email": {"type": "string"}, "password": {"type": "string"}}}}}}}},
    },
    "components": {"schemas": {"UserIn": {
        "type": "object",
        "required": ["email", "password", "display_name", "age"],
        "properties": {
            "email": {"type": "string"}, "password": {"type": "string"},
            "display_name": {"type": "string"}, "age": {"type": "integer"}}}}},
}  # fmt: skip


def test_signup_and_json_login_are_read_from_the_schema() -> None:
    signup = find_registration(JSON_LOGIN_SCHEMA)
    login = find_login(JSON_LOGIN_SCHEMA)
    assert signup is not None and signup.path == "/api/users"
    assert login is not None and login.path == "/api/auth/login"
    body = registration_body(JSON_LOGIN_SCHEMA, signup)
    assert body == {
        "email": "grader@example.com",
        "password": "Grader-Pass-123!",
        "display_name": "Grader User",
        "age": 1,
    }


def test_unreachable_login_is_recorded_not_raised() -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    outcome = authenticate(JSON_LOGIN_SCHEMA, f"http://127.0.0.1:{port}", timeout=1)
    assert outcome.headers == {}
    assert outcome.result["scheme"] == "json_login" and outcome.result["ok"] is False
    assert "POST /api/auth/login failed" in outcome.result["detail"]


BEARER_SCHEMA: dict[str, Any] = {
    "openapi": "3.0.3",
    "info": {"title": "bearer", "version": "1"},
    "components": {"securitySchemes": {"jwt": {"type": "http", "scheme": "bearer"}}},
    "security": [{"jwt": []}],
    "paths": {
        "/items": {"get": {"responses": {"200": {"description": "ok"}}}},
        "/login": {"post": {"responses": {"200": {"description": "ok"}}}},
    },
}


def test_our_token_replaces_generated_ones_except_on_auth_routes(tmp_path: Path) -> None:
    path = tmp_path / "bearer.json"
    path.write_text(json.dumps(BEARER_SCHEMA), encoding="utf-8")
    schema = load_schema(path)
    ours = {"Authorization": "Bearer real"}
    junk = {"Authorization": "Bearer junk"}
    items, login = schema["/items"]["GET"], schema["/login"]["POST"]
    assert credentials_for(items.Case(headers=junk), ours, ["/login"]) == ours
    assert credentials_for(login.Case(headers=junk), ours, ["/login"]) == {}
    assert credentials_for(login.Case(), ours, ["/login"]) == ours


def test_exhausted_budget_stops_the_run_and_says_so(served: Served, tmp_path: Path) -> None:
    reset_state()
    out = tmp_path / "out.json"
    argv = ["fuzz", "--schema", str(served.schema), "--base-url", served.base_url]
    assert main([*argv, "--budget-seconds", "0.5", "--max-examples", "500", "--out", str(out)]) == 0
    result = json.loads(out.read_text(encoding="utf-8"))
    assert result["truncated"] is True and result["error"] is None
    assert result["cases"] < 500 and result["operations_total"] == 5
    assert result["seconds"] < 5


def test_declared_http_basic_without_signup_is_unverified() -> None:
    schema: dict[str, Any] = {
        "openapi": "3.0.3",
        "components": {"securitySchemes": {"b": {"type": "http", "scheme": "basic"}}},
        "paths": {},
    }
    outcome = authenticate(schema, "http://127.0.0.1:9", timeout=1)
    assert outcome.result["scheme"] == "http_basic" and outcome.result["ok"] is False
    assert outcome.headers["Authorization"].startswith("Basic ")
    plain = authenticate({"openapi": "3.0.3", "paths": {}}, "http://127.0.0.1:9", timeout=1)
    assert plain.result["scheme"] == "none" and plain.result["ok"] is True and plain.headers == {}


def test_format_and_undocumented_status_nits_are_observed_as_such() -> None:
    from grader.phases.fuzz import observed_kind

    def failure(kind: str, check: str, status: int, message: str) -> FuzzFailure:
        return {
            "kind": kind, "check": check, "method": "GET", "path": "/todos", "url_path": "/todos",
            "status": status, "message": message, "curl": "curl x",
        }  # type: ignore[typeddict-item]  # fmt: skip

    naive = 'Response violates schema: "2026-12-05T20:51:09.2" is not a "date-time"'
    assert observed_kind(failure("schema_violation", "response_schema_conformance", 200, naive)) == "format_nit"
    assert observed_kind(failure("schema_violation", "status_code_conformance", 404, "x")) == "undocumented_client_error"
    problem = "Undocumented Content-Type: Received: application/problem+json | Documented: application/json"
    assert observed_kind(failure("schema_violation", "content_type_conformance", 404, problem)) == "undocumented_client_error"
    assert observed_kind(failure("schema_violation", "content_type_conformance", 200, problem)) == "schema_violation"
    assert observed_kind(failure("schema_violation", "response_schema_conformance", 200, "'id' is a required property")) == "schema_violation"
    assert observed_kind(failure("server_error", "not_a_server_error", 500, "boom")) == "server_error"
