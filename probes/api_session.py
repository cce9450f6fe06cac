"""A session against the candidate's API: bounded HTTP, signed-in users, resources from its schema.

Shared by the conformance and security probes (sidecar side). Requests go to the base URL's
origin only, each within 5 s and all within the probe's budget; a failure becomes an `Exchange`
with `error` set, never an exception. Users are fresh per run (a random suffix), so what the fuzz
phase left behind cannot blur a list; the fuzz phase's fixed user (probes.auth) is the fallback.
"""

from __future__ import annotations

import json
import os
import re
import secrets
import shlex
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode

import httpx

from probes.auth import (
    EMAIL,
    FORM,
    PASSWORD,
    QUERY,
    USERNAME,
    authenticate,
    basic_token_paths,
    cookie_header,
    declares_http_basic,
    extract_token,
    find_login,
    find_registration,
    flatten_object_schema,
    iter_operations,
    login_fields,
    login_routes,
    oauth2_token_paths,
    query_parameters,
    registration_body,
    resolve,
    security_schemes,
    sign_up,
    token_header,
)
from probes.loopback import same_origin

Json = dict[str, Any]
REQUEST_TIMEOUT = 5.0
BUDGET_SECONDS = 60.0
BODY_LIMIT = 1024 * 1024
_MISSING: Any = object()
_AUTH_PATH = re.compile(r"register|signup|sign-up|login|token|auth|signin|session", re.IGNORECASE)
_PARAM = re.compile(r"\{([^}/]+)\}")
_LIST_KEYS = ("items", "data", "results", "records", "content", "rows", "entries")
RESOURCE_WORDS = {
    "todo": ("todos", "todo", "tasks", "task", "items", "item", "notes", "note"),
    "blog": ("posts", "post", "articles", "article", "entries", "entry", "blogs", "blog"),
}
COMMENT_WORDS = ("comments", "comment")


# --- HTTP: one bounded client, loopback only ------------------------------------------------


@dataclass
class Exchange:
    """One request and what came back; `error` is set when nothing usable came back."""

    method: str
    path: str
    url_path: str
    status: int | None
    body: Any
    text: str
    headers: dict[str, str]
    curl: str
    error: str | None = None
    sent: bool = True
    """False when the client refused to send it (off-origin path, budget spent)."""
    cookies: str = ""
    """The cookies the reply set, as a `Cookie` header would send them back."""

    @property
    def got(self) -> str:
        return str(self.status) if self.status is not None else (self.error or "no answer")

    @property
    def ok(self) -> bool:
        return self.status is not None and 200 <= self.status < 300


def curl_line(method: str, url: str, headers: Mapping[str, str], body: str | None) -> str:
    parts = ["curl", "-i", "-X", method, shlex.quote(url)]
    for name, value in headers.items():
        parts += ["-H", shlex.quote(f"{name}: {value}")]
    if body is not None:
        parts += ["--data-raw", shlex.quote(body)]
    return " ".join(parts)


class Client:
    """Sends to the base URL's origin only, within a per-request timeout and a total budget."""

    def __init__(self, base_url: str, budget: float = BUDGET_SECONDS) -> None:
        self.base_url = base_url.rstrip("/")
        self.deadline = time.monotonic() + budget
        # No keep-alive: uvicorn drops the connection after a crash, and a pooled connection
        # would turn the NEXT scenario's request into a spurious "connection reset".
        self.http = httpx.Client(
            timeout=REQUEST_TIMEOUT,
            follow_redirects=False,
            trust_env=False,
            limits=httpx.Limits(max_keepalive_connections=0),
        )

    def close(self) -> None:
        self.http.close()

    def send(
        self,
        method: str,
        path: str,
        url_path: str,
        *,
        headers: Mapping[str, str] | None = None,
        json_body: Any = _MISSING,
        form: Mapping[str, str] | None = None,
        params: Mapping[str, str | int] | None = None,
    ) -> Exchange:
        if params:
            url_path += "?" + urlencode(params)
        sent = dict(headers or {})
        content: str | None = None
        if json_body is not _MISSING:
            content = json.dumps(json_body)
            sent["Content-Type"] = "application/json"
        elif form is not None:
            content = urlencode(form)
            sent["Content-Type"] = "application/x-www-form-urlencoded"
        url = self.base_url + url_path
        exchange = Exchange(method, path, url_path, None, None, "", {}, "")
        exchange.curl = curl_line(method, url, sent, content)
        remaining = self.deadline - time.monotonic()
        if not url_path.startswith("/") or not same_origin(url, self.base_url):
            exchange.error = f"refused: {url_path!r} would leave {self.base_url}"
            exchange.sent = False
        elif remaining <= 0:
            exchange.error = "the probe's time budget was spent before this request"
            exchange.sent = False
        else:
            self._fill(exchange, url, sent, content, min(REQUEST_TIMEOUT, remaining))
        return exchange

    def _fill(
        self,
        exchange: Exchange,
        url: str,
        headers: dict[str, str],
        content: str | None,
        limit: float,
    ) -> None:
        try:
            request = self.http.build_request(
                exchange.method, url, headers=headers, content=content, timeout=limit
            )
            response = self.http.send(request, stream=True)
            try:
                raw = b""
                for chunk in response.iter_bytes():
                    raw += chunk
                    if len(raw) > BODY_LIMIT:
                        break
            finally:
                response.close()
        except httpx.HTTPError as exc:
            exchange.error = f"{type(exc).__name__}: {exc}"[:300]
            return
        exchange.status = response.status_code
        exchange.headers = {k.lower(): v for k, v in response.headers.items()}
        exchange.cookies = cookie_header(response)
        # Every request says who it is by its own headers: a session cookie kept by the client
        # would sign in the requests meant to go without credentials, or as another user.
        self.http.cookies.clear()
        exchange.text = raw[:BODY_LIMIT].decode("utf-8", "replace")
        try:
            exchange.body = json.loads(exchange.text) if exchange.text else None
        except ValueError:
            exchange.body = None


# --- who we are: fresh users, logged in through whatever flow the app offers -----------------


@dataclass
class Identity:
    username: str
    headers: dict[str, str]
    scheme: str
    note: str
    token: str | None = None
    account: Any = None
    exchanges: list[Exchange] = field(default_factory=list)


def has_authentication(raw: Mapping[str, Any]) -> bool:
    """Whether the app offers any way in: a declared scheme, a login or a signup route."""
    return bool(security_schemes(raw) or find_login(raw) or oauth2_token_paths(raw))


def _token_type(reply: Exchange) -> Any:
    return reply.body.get("token_type") if isinstance(reply.body, dict) else None


def env_identity(raw: Mapping[str, Any], env_token: str) -> Identity:
    name, _, value = env_token.partition("=")
    headers = token_header(raw, value)
    return Identity(name, headers, "env_token", f"static token from ${name}", token=value)


def sign_in(raw: Mapping[str, Any], client: Client, username: str) -> Identity:
    """Register `username` when the app has a signup route, then log in; first token wins. The
    signup reply's own token is the fallback when no login answers with one."""
    identity = Identity(username, {}, "none", "")
    notes: list[str] = []
    signup_token = _register(raw, client, identity, notes)
    if _log_in(raw, client, identity, notes):
        return identity
    if signup_token is not None:
        identity.token, identity.headers = signup_token, token_header(raw, signup_token)
        identity.scheme = "signup_token"
        notes.append("the signup reply's token")
        identity.note = "; ".join(notes)
        return identity
    if declares_http_basic(raw) and identity.account is not None:
        _basic(raw, client, identity, notes)
    identity.note = "; ".join(notes) or "no signup or login route"
    return identity


def _send_fields(client: Client, path: str, media: str, fields: Mapping[str, Any]) -> Exchange:
    """POST `fields` the way the operation documents them: JSON, a form or the query string."""
    if media == "application/json":
        return client.send("POST", path, path, json_body=fields)
    text = {k: json.dumps(v) if isinstance(v, bool) else str(v) for k, v in fields.items()}
    if media == QUERY:
        return client.send("POST", path, path, params=text)
    return client.send("POST", path, path, form=text)


def _register(
    raw: Mapping[str, Any], client: Client, identity: Identity, notes: list[str]
) -> str | None:
    """Create the account; returns the token its reply carries, if any."""
    signup = find_registration(raw)
    if signup is None:
        return None
    email = f"{identity.username}@example.com"
    own = {USERNAME: identity.username, EMAIL: email}
    fields = registration_body(raw, signup)
    body = {k: own.get(v, v) if isinstance(v, str) else v for k, v in fields.items()}
    reply = sign_up(
        lambda fields: _send_fields(client, signup.path, signup.media_type, fields),
        body,
        lambda r: r.text if r.status in (400, 422) else None,
    )
    identity.exchanges.append(reply)
    identity.account = reply.body if reply.ok else None
    notes.append(f"POST {signup.path} -> {reply.got}")
    return extract_token(_as_response(reply))


def _log_in(raw: Mapping[str, Any], client: Client, identity: Identity, notes: list[str]) -> bool:
    """Each login route in turn (probes.auth.login_routes), as username then as email."""
    email = f"{identity.username}@example.com"
    for scheme, route in login_routes(raw):
        for who in (identity.username, email):
            fields = {"username": who, "password": PASSWORD}
            if route.media_type != FORM:
                fields = login_fields(route, identity.username, email)
            reply = _send_fields(client, route.path, route.media_type, fields)
            identity.exchanges.append(reply)
            notes.append(f"POST {route.path} -> {reply.got}")
            token = extract_token(_as_response(reply))
            if token:
                identity.token = token
                identity.headers = token_header(raw, token, _token_type(reply))
                identity.scheme = scheme
                identity.note = "; ".join(notes)
                return True
            if reply.ok and reply.cookies:  # a session cookie instead of a token
                identity.headers = {"Cookie": reply.cookies}
                identity.scheme = "session_cookie"
                identity.note = "; ".join([*notes, "the session cookie it set"])
                return True
            if route.media_type != FORM:
                break
    return False


def _basic(raw: Mapping[str, Any], client: Client, identity: Identity, notes: list[str]) -> None:
    """HTTP Basic as the registered user, exchanged for a bearer token where a route offers it."""
    basic = httpx.BasicAuth(identity.username, PASSWORD)
    request = basic.sync_auth_flow(httpx.Request("GET", "http://127.0.0.1/")).__next__()
    identity.headers = {"Authorization": request.headers["Authorization"]}
    identity.scheme = "http_basic"
    for path in basic_token_paths(raw):  # Basic credentials exchanged for a bearer token
        reply = client.send("POST", path, path, headers=identity.headers)
        identity.exchanges.append(reply)
        notes.append(f"POST {path} with HTTP Basic -> {reply.got}")
        token = extract_token(_as_response(reply))
        if token:
            identity.token, identity.headers = token, token_header(raw, token)
            identity.scheme = "http_basic_token"
            break


def _as_response(exchange: Exchange) -> httpx.Response:
    return httpx.Response(exchange.status or 599, content=exchange.text.encode())


def primary_identity(
    raw: Mapping[str, Any], client: Client, username: str, env_token: str | None
) -> Identity:
    """A fresh user; failing that the fuzz phase's fixed user (probes.auth), then the env token."""
    if env_token:
        return env_identity(raw, env_token)
    identity = sign_in(raw, client, username)
    remaining = client.deadline - time.monotonic()
    if not identity.headers and has_authentication(raw) and remaining > 1:
        fallback = authenticate(raw, client.base_url, min(REQUEST_TIMEOUT, remaining))
        if fallback.headers:
            header = fallback.headers.get("Authorization", "")
            token = header.removeprefix("Bearer ") if header.startswith("Bearer ") else None
            return Identity(
                USERNAME,
                fallback.headers,
                fallback.result["scheme"],
                fallback.result["detail"],
                token=token,
            )
    return identity


def fresh_username(prefix: str) -> str:
    """Letters and digits only, 16 at most: what the strictest reasonable signup accepts (an
    `isalnum()` validator refused `load_1a2b3c4d` with a 422, fresh bw57-03)."""
    return f"{''.join(c for c in prefix if c.isalnum())[:8]}{secrets.token_hex(4)}"


# --- the API's shape: resources mapped from the served schema --------------------------------


@dataclass(frozen=True)
class Resource:
    collection: str
    """The path that creates a record (POST): `/todos`, or `/posts/create_post` in an RPC style."""
    item: str | None
    param: str | None
    create: Json | None
    update_method: str | None
    id_example: str | None
    """An id of the documented type (`1`, a UUID), for a missing-id request before any create."""
    list_params: tuple[str, ...]
    item_methods: frozenset[str]
    collection_methods: frozenset[str]
    list_path: str | None = None
    """The GET that lists the records: the collection itself, or where the app lists them
    (`GET /todos/` beside `POST /todos/todo`, `GET /post/get_all_posts`); None when none does."""
    item_routes: Mapping[str, str] = field(default_factory=dict)
    """Method -> item path template, when one record is read, updated and deleted at different
    paths (`/post/get_post_by_id/{id}`, `/post/update_post/{id}`); `item` serves the rest."""
    noun: str = ""
    list_limit: str | None = None
    """The list's page-size query parameter (`limit`, `per_page`, `lim`), if it documents one."""

    @property
    def name(self) -> str:
        if self.noun:
            return self.noun
        literal = [s for s in self.collection.strip("/").split("/") if s and "{" not in s]
        return literal[-1].lower() if literal else ""

    def item_path(self, method: str) -> str | None:
        """The item path template that answers `method` (GET, PUT, PATCH, DELETE)."""
        return self.item_routes.get(method.upper(), self.item)


def body_schema(raw: Mapping[str, Any], operation: Json) -> Json | None:
    """The JSON request body of an operation as {properties, required}, `allOf` merged."""
    body = resolve(raw, operation.get("requestBody"))
    content = body.get("content") if isinstance(body, Mapping) else None
    media = content.get("application/json") if isinstance(content, Mapping) else None
    if not isinstance(media, Mapping):
        return None
    if not isinstance(resolve(raw, media.get("schema")), Mapping):
        return None
    return flatten_object_schema(raw, media.get("schema"))


def query_params(raw: Mapping[str, Any], operation: Json) -> tuple[str, ...]:
    return tuple(str(parameter.get("name")) for parameter in query_parameters(raw, operation))


def _limit_name(raw: Mapping[str, Any], operation: Json) -> str | None:
    found = page_size_parameter(raw, operation)
    return found[0] if found else None


# What a list's page size is called: `limit` and its usual synonyms, read even when the schema
# leaves the type out; and the short or camelCase forms candidates write (`lim`, `n`, `top`,
# `pageSize`: fresh bw43-02 pages with `lim`), read only when the schema says integer.
_PAGE_SIZE_NAME = re.compile(
    r"limit|page_size|per_page|size|take|count|max_results|max_items|items_per_page|"
    r"results_per_page|page_limit"
)
_SHORT_PAGE_SIZE_NAME = re.compile(r"lim|n|num|top|first")
_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")


def page_size_parameter(raw: Mapping[str, Any], operation: Json) -> tuple[str, int | None] | None:
    """The list's page-size query parameter, as the app spells it, and its default; never a
    text or true/false one (`?first=true`). `limit` itself wins over a synonym."""
    found: list[tuple[str, int | None]] = []
    for parameter in query_parameters(raw, operation):
        name = parameter.get("name")
        if not isinstance(name, str):
            continue
        plain = _CAMEL.sub("_", name).replace("-", "_").lower()
        schema = resolve(raw, parameter.get("schema"))
        schema = schema if isinstance(schema, Mapping) else {}
        kinds = _types(raw, schema)
        usual = _PAGE_SIZE_NAME.fullmatch(plain) and not kinds & {"string", "boolean"}
        short = _SHORT_PAGE_SIZE_NAME.fullmatch(plain) and "integer" in kinds
        if not (usual or short):
            continue
        default = schema.get("default")
        sized = None if isinstance(default, bool) or not isinstance(default, int) else default
        found.append((name, sized))
    return next((f for f in found if f[0] == "limit"), found[0] if found else None)


def _types(raw: Mapping[str, Any], schema: Mapping[str, Any]) -> set[str]:
    """The JSON types a schema allows: its `type` (a name or, in OpenAPI 3.1, a list) and its
    `anyOf` options'."""
    found: set[str] = set()
    for option in [schema, *(resolve(raw, o) for o in schema.get("anyOf") or [])]:
        kind = option.get("type") if isinstance(option, Mapping) else None
        found |= {k for k in (kind if isinstance(kind, list) else [kind]) if isinstance(k, str)}
    return found


Operations = dict[str, dict[str, Json]]
_ACTION = re.compile(r"(?i:create|add|new|make)(?:[_-](?P<noun>\w+)|(?P<camel>[A-Z]\w*))?")
_LIST_SEGMENT = re.compile(r"(?:^|[_-])(?:all|list)(?:[_-]|$)|^(?:all|list)\w*$", re.IGNORECASE)
_READ_SEGMENT = re.compile(r"get|read|show|detail|view|one|by[_-]?id", re.IGNORECASE)
_ITEM_VERB = re.compile(
    r"get|read|show|detail|view|one|by[_-]?id|update|edit|put|patch|delete|remove|destroy",
    re.IGNORECASE,
)
_PAGE_SEGMENT = re.compile(r"page|html|form|template", re.IGNORECASE)


def schema_operations(raw: Mapping[str, Any]) -> Operations:
    """path -> lower-case method -> operation, in document order."""
    operations: Operations = {}
    for path, method, operation in iter_operations(raw):
        operations.setdefault(path, {})[method] = operation
    return operations


def _documented(operations: Operations, path: str) -> str | None:
    """The documented spelling of `path`, with or without its trailing slash."""
    stem = path.rstrip("/")
    return next((p for p in (path, stem, stem + "/") if p in operations), None)


def _plural_of(word: str, plural: str) -> bool:
    singular = word.lower()
    return plural.lower() in (singular + "s", singular + "es", singular[:-1] + "ies")


def _base(path: str) -> tuple[str, str]:
    """(where the records live, their noun). A create path named as an action (`/todos/create`,
    `/post/create_post`) or as the singular of its parent (`/todos/todo`) creates records of the
    parent, which is where their list and item routes are looked for."""
    segments = path.rstrip("/").split("/")
    last, parent = segments[-1], "/".join(segments[:-1])
    parent_last = segments[-2] if len(segments) > 2 else ""
    action = _ACTION.fullmatch(last)
    named = (action.group("noun") or action.group("camel") or "") if action else ""
    if not parent_last or "{" in parent_last or "{" in last:
        return path, (named or last).lower()
    if action:
        return parent, (named or parent_last).lower()
    if _plural_of(last, parent_last):
        return parent, last.lower()
    return path, last.lower()


def _list_path(operations: Operations, path: str, base: str) -> str | None:
    """The collection itself when it answers GET, else its base, else a list-named GET directly
    under the base (`/post/get_all_posts`, `/todos/all`)."""
    for candidate in (path, base):
        found = _documented(operations, candidate)
        if found is not None and "get" in operations[found]:
            return found
    prefix = base.rstrip("/") + "/"
    for other, methods in operations.items():
        rest = other[len(prefix) :].strip("/") if other.startswith(prefix) else ""
        plain = rest and "/" not in rest and "{" not in rest
        if "get" in methods and plain and _LIST_SEGMENT.search(rest):
            return other
    return None


def _item_routes(operations: Operations, path: str, base: str) -> dict[str, str]:
    """Method -> item path: `{path}/{id}` or `{base}/{id}`; failing both, one-verb-per-path
    routes directly under the base (`/post/get_post_by_id/{id}`), reads named as reads first."""
    for stem in dict.fromkeys((path.rstrip("/"), base.rstrip("/"))):
        pattern = re.compile(re.escape(stem) + r"/\{[^}/]+\}/?")
        item = next((p for p in operations if pattern.fullmatch(p)), None)
        if item is not None:
            return {method.upper(): item for method in operations[item]}
    pattern = re.compile(re.escape(base.rstrip("/")) + r"/(?P<verb>[^{}/]+)/\{[^}/]+\}/?")
    found = [(m.group("verb"), p) for p in operations if (m := pattern.fullmatch(p))]
    found = [(v, p) for v, p in found if _ITEM_VERB.search(v) and not _PAGE_SEGMENT.search(v)]
    found.sort(key=lambda pair: not _READ_SEGMENT.search(pair[0]))
    routes: dict[str, str] = {}
    for _, item in found:
        for method in operations[item]:
            routes.setdefault(method.upper(), item)
    return routes


def map_resources(raw: Mapping[str, Any]) -> list[Resource]:
    """Collections (a POST on a path ending in a literal), where they are listed and the paths
    of one record."""
    operations = schema_operations(raw)
    return [
        _resource(raw, operations, path)
        for path, methods in operations.items()
        if "post" in methods and not _AUTH_PATH.search(path) and not path.rstrip("/").endswith("}")
    ]


def _resource(raw: Mapping[str, Any], operations: Operations, path: str) -> Resource:
    methods = operations[path]
    base, noun = _base(path)
    routes = _item_routes(operations, path, base)
    item = routes.get("GET") or next(iter(routes.values()), None)
    update_method = "PUT" if "PUT" in routes else "PATCH" if "PATCH" in routes else None
    param = _PARAM.findall(item)[-1] if item else None
    item_ops = {m.lower(): operations[p][m.lower()] for m, p in routes.items()}
    list_path = _list_path(operations, path, base)
    return Resource(
        collection=path,
        item=item,
        param=param,
        create=body_schema(raw, methods["post"]),
        update_method=update_method,
        id_example=_id_example(raw, item_ops, param),
        list_params=query_params(raw, operations[list_path]["get"]) if list_path else (),
        list_limit=_limit_name(raw, operations[list_path]["get"]) if list_path else None,
        item_methods=frozenset(routes),
        collection_methods=frozenset(m.upper() for m in methods),
        list_path=list_path,
        item_routes=routes,
        noun=noun,
    )


def _id_example(
    raw: Mapping[str, Any], item_ops: Mapping[str, Json], name: str | None
) -> str | None:
    for operation in item_ops.values():
        for parameter in operation.get("parameters") or []:
            parameter = resolve(raw, parameter)
            if isinstance(parameter, Mapping) and parameter.get("name") == name:
                text = json.dumps(resolve(raw, parameter.get("schema")))
                if '"uuid"' in text:
                    return "00000000-0000-4000-8000-000000000001"
                return "1" if '"integer"' in text else None
    return None


_ACCOUNT_NAMES = frozenset({"user", "users", "account", "accounts", "me", "profile", "profiles"})


def pick_resource(
    resources: Sequence[Resource], words: Sequence[str], need_body: bool = True
) -> Resource | None:
    """The best match for the reference resource: a wanted name, no path parameters, not about
    accounts, with a JSON create body, an item route and a list, short."""

    def rank(r: Resource) -> tuple[bool, bool, bool, bool, bool, bool, int]:
        named = r.name in words
        return (
            not named,
            "{" in r.collection,
            r.create is None,
            r.name in _ACCOUNT_NAMES,
            r.item is None,
            r.list_path is None,
            len(r.collection),
        )

    candidates = [
        r
        for r in resources
        if (r.create is not None or not need_body) and (r.name in words or not words)
    ]
    return min(candidates, key=rank) if candidates else None


def fill_path(template: str, values: Mapping[str, str]) -> str:
    def value(match: re.Match[str]) -> str:
        found = values.get(match.group(1)) or next(iter(values.values()), "1")
        return quote(found, safe="")

    return _PARAM.sub(value, template)


# --- payloads and reading replies ------------------------------------------------------------


def sample_value(raw: Mapping[str, Any], name: str, schema: Any, tag: str) -> Any:
    """A valid-looking value for one field, from its schema and its name."""
    schema = resolve(raw, schema)
    schema = schema if isinstance(schema, Mapping) else {}
    for key in ("anyOf", "oneOf"):
        variants = [resolve(raw, v) for v in schema.get(key) or []]
        usable = [v for v in variants if isinstance(v, Mapping) and v.get("type") != "null"]
        if usable:
            return sample_value(raw, name, usable[0], tag)
    if isinstance(schema.get("enum"), list) and schema["enum"]:
        return schema["enum"][0]
    if "const" in schema:
        return schema["const"]
    if "default" in schema and schema["default"] is not None:
        return schema["default"]
    kind, lowered = schema.get("type", "string"), name.lower()
    if kind in ("integer", "number"):
        low = schema.get("minimum", schema.get("exclusiveMinimum", 0))
        return max(1, int(low) + 1) if isinstance(low, (int, float)) else 1
    if kind == "boolean":
        return False
    if kind == "array":
        return []
    if kind == "object":
        return {}
    fmt = schema.get("format")
    if fmt == "email" or "email" in lowered:
        return f"{tag}@example.com"
    if fmt in ("date-time", "date"):
        return "2030-01-01T00:00:00Z" if fmt == "date-time" else "2030-01-01"
    text = f"Grader {tag} {lowered}" if lowered in ("title", "name", "subject") else f"grader {tag}"
    if lowered in ("content", "body", "text", "description", "summary"):
        # No quote of any kind: an app that pastes values into SQL would fail every create on
        # the probe's own data, hiding every scenario after it (the injection probes test that).
        text = f"Written by the grader conformance probe ({tag})."
    low, high = schema.get("minLength", 0), schema.get("maxLength", 200)
    text = text.ljust(low if isinstance(low, int) else 0, "x")
    return text[: high if isinstance(high, int) and high > 0 else None]


_OPTIONAL_WORTH_SENDING = {"title", "name", "description", "content", "body", "text"}


def payload(raw: Mapping[str, Any], schema: Json, tag: str, ids: Mapping[str, str]) -> Json:
    """Required fields plus the obvious optional ones; `*_id` fields take ids we already hold."""
    body: Json = {}
    for name, prop in schema["properties"].items():
        if name not in schema["required"] and name.lower() not in _OPTIONAL_WORTH_SENDING:
            continue
        known, value = ids.get(name), sample_value(raw, name, prop, tag)
        if known is not None:
            value = int(known) if known.isdigit() and isinstance(value, int) else known
        body[name] = value
    return body


def record_id(body: Any, param: str | None, location: str | None = None) -> str | None:
    """The new record's id from a create reply: `id`, the path parameter's name, `uuid`, `_id`."""
    for container in (body, body.get("data") if isinstance(body, dict) else None):
        if not isinstance(container, dict):
            continue
        for key in filter(None, (param, "id", "_id", "uuid", "pk", "key")):
            value = container.get(key)
            if isinstance(value, (int, str)) and not isinstance(value, bool) and str(value):
                return str(value)
    if location:
        return location.rstrip("/").rsplit("/", 1)[-1] or None
    return None


def listed(body: Any) -> list[Any] | None:
    """The records of a list reply: a bare array, or the array under `items`, `data`..., also
    inside a response envelope (`{"status": true, "data": {"posts": [...], "total": 9}}`)."""
    if isinstance(body, list):
        return body
    if isinstance(body, dict):
        for key in _LIST_KEYS:
            if isinstance(body.get(key), list):
                return list(body[key])
        arrays = [v for v in body.values() if isinstance(v, list)]
        if len(arrays) == 1:
            return arrays[0]
        inner = enveloped(body)
        if inner is not None:
            return listed(inner)
    return None


_ENVELOPE_KEYS = ("data", "result", "payload", "response")


def enveloped(body: Mapping[str, Any]) -> Mapping[str, Any] | None:
    """The object a response envelope wraps (`{"status": true, "data": {...}}`): the one
    mapping under an envelope key, when the body holds no array of its own."""
    if any(isinstance(v, list) for v in body.values()):
        return None
    inner = [body[k] for k in _ENVELOPE_KEYS if isinstance(body.get(k), Mapping)]
    return inner[0] if len(inner) == 1 else None


def missing_id(example: str | None) -> str:
    """An id of the same shape as a real one that no record has."""
    if example and re.fullmatch(r"[0-9a-fA-F-]{36}", example):
        return "00000000-0000-4000-8000-000000000000"
    if example and re.fullmatch(r"[0-9a-fA-F]{24}", example):
        return "0" * 24
    if example is None or example.isdigit():
        return "987654321"
    return "grader-missing-id"


def write_json(path: Path, result: Mapping[str, Any]) -> None:
    """Write atomically, so the grader never reads half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".partial")
    partial.write_text(json.dumps(result, indent=2, sort_keys=True), encoding="utf-8")
    os.replace(partial, path)
