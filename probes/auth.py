"""Get credentials from the candidate's API before fuzzing, so protected routes get exercised.

Reads the OpenAPI document as data, registers a fixed user when a signup route exists, then logs in
through the first flow that works: OAuth2 password (form, or JSON where the token URL's operation
documents JSON), a JSON login route, or HTTP Basic; a signup reply carrying a token is the last
resort. Every request goes to the run's base URL; a token URL naming another host is reduced to
its path.
"""

from __future__ import annotations

import base64
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any, TypeVar
from urllib.parse import urlsplit

import httpx

from probes.loopback import same_origin
from probes.results import AuthResult, AuthScheme

USERNAME = "grader_user"
EMAIL = "grader@example.com"
PASSWORD = "Grader-Pass-123!"

_REGISTER_PATH = re.compile(r"register|signup|sign-up|sign_up|users", re.IGNORECASE)
_SIGNUP_NAME = re.compile(r"register|signup|sign-up|sign_up", re.IGNORECASE)
_ACCOUNT_PATH = re.compile(r"users?\b|accounts?\b", re.IGNORECASE)
_LOGIN_PATH = re.compile(r"login|token|auth|signin|sign-in|session", re.IGNORECASE)
_AUTH_SEGMENT = re.compile(r"/auth(?=/|$)", re.IGNORECASE)
_OAUTH_FORM_FIELDS = frozenset({"grant_type", "scope", "client_id", "client_secret"})
_PASSWORD_FIELD = re.compile(r"pass(word)?|pwd", re.IGNORECASE)
_IDENTITY_FIELD = re.compile(r"user(_?name)?|login|e-?mail", re.IGNORECASE)
_TOKEN_FIELDS = ("access_token", "token", "jwt", "id_token", "accessToken")
_JSON = "application/json"
FORM = "application/x-www-form-urlencoded"
QUERY = "query"
"""The media type of an operation whose fields are query parameters (`Depends()` on a model)."""
_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")

Json = dict[str, Any]


@dataclass(frozen=True)
class BodyOperation:
    """A POST operation and the request body it documents, refs resolved."""

    path: str
    media_type: str
    schema: Json


@dataclass(frozen=True)
class Authentication:
    """Headers to add to every fuzz case, and the record of how they were obtained."""

    headers: dict[str, str]
    result: AuthResult


def resolve(raw: Mapping[str, Any], node: Any, depth: int = 0) -> Any:
    """Follow local `$ref`s (`#/components/...`); remote refs and cycles resolve to `{}`."""
    while isinstance(node, Mapping) and "$ref" in node and depth < 32:
        ref = node["$ref"]
        if not isinstance(ref, str) or not ref.startswith("#/"):
            return {}
        target: Any = raw
        for part in ref[2:].split("/"):
            part = part.replace("~1", "/").replace("~0", "~")
            target = target.get(part) if isinstance(target, Mapping) else None
        node, depth = target if target is not None else {}, depth + 1
    return node


def query_parameters(raw: Mapping[str, Any], operation: Mapping[str, Any]) -> Iterator[Any]:
    """An operation's query parameters, `$ref`s followed: what each probe reads its own way."""
    parameters = operation.get("parameters")
    for parameter in parameters if isinstance(parameters, list) else []:
        parameter = resolve(raw, parameter)
        if isinstance(parameter, Mapping) and parameter.get("in") == "query":
            yield parameter


def iter_operations(raw: Mapping[str, Any]) -> Iterator[tuple[str, str, Json]]:
    """(path, lower-case method, operation) for every documented operation, in document order."""
    paths = raw.get("paths")
    if not isinstance(paths, Mapping):
        return
    for path, item in paths.items():
        item = resolve(raw, item)
        if not isinstance(item, Mapping):
            continue
        for method in _METHODS:
            operation = item.get(method)
            if isinstance(operation, dict):
                yield str(path), method, operation


def _post_bodies(raw: Mapping[str, Any]) -> Iterator[BodyOperation]:
    """POST operations with named fields: a JSON or form body, else query parameters (an app
    that takes `Depends()` on a model reads its fields from the query string)."""
    for path, method, operation in iter_operations(raw):
        if method != "post":
            continue
        body = resolve(raw, operation.get("requestBody"))
        content = body.get("content") if isinstance(body, Mapping) else None
        if not isinstance(content, Mapping):
            query = _query_schema(raw, operation)
            if query["properties"]:
                yield BodyOperation(path, QUERY, query)
            continue
        for media_type in (_JSON, FORM):
            media = content.get(media_type)
            if isinstance(media, Mapping):
                schema = flatten_object_schema(raw, media.get("schema"))
                if schema.get("properties"):
                    yield BodyOperation(path, media_type, schema)
                break


def _query_schema(raw: Mapping[str, Any], operation: Mapping[str, Any]) -> Json:
    """The query parameters of an operation as one object schema {properties, required}."""
    properties: Json = {}
    required: list[str] = []
    for parameter in query_parameters(raw, operation):
        name = parameter.get("name")
        if isinstance(name, str):
            properties[name] = resolve(raw, parameter.get("schema")) or {}
            if parameter.get("required"):
                required.append(name)
    return {"properties": properties, "required": required}


def flatten_object_schema(raw: Mapping[str, Any], schema: Any) -> Json:
    """An object schema with `allOf` parts merged, so field names can be read in one place."""
    schema = resolve(raw, schema)
    if not isinstance(schema, Mapping):
        return {}
    properties: Json = {}
    required: list[str] = []
    for part in [schema, *schema.get("allOf", [])]:
        part = resolve(raw, part)
        if isinstance(part, Mapping):
            properties.update(part.get("properties") or {})
            required.extend(r for r in part.get("required") or [] if isinstance(r, str))
    return {"properties": properties, "required": required}


def _has_credentials(body: BodyOperation) -> bool:
    names = list(body.schema["properties"])
    return any(_PASSWORD_FIELD.search(n) for n in names) and bool(identity_fields(names))


def identity_fields(names: Iterable[str]) -> list[str]:
    """The fields that name the account: a user name, login or email; a bare `name` only where
    none of those is (Laravel's `{name, password}`: there the name is the login)."""
    names = list(names)
    found = [n for n in names if _IDENTITY_FIELD.fullmatch(n)]
    return found or [n for n in names if n.lower() == "name"]


def _credential_field(name: str) -> bool:
    return bool(_PASSWORD_FIELD.search(name) or _IDENTITY_FIELD.fullmatch(name))


def _login_named(path: str) -> bool:
    """Whether the path names a login (an `/auth` segment alone does not: `/auth/register`)."""
    return bool(_LOGIN_PATH.search(_AUTH_SEGMENT.sub("", path)))


def _signup_rank(body: BodyOperation) -> int | None:
    """How surely a POST taking credentials creates an account, best first; None when it does
    not: a signup name, then an account collection (`/users`), then a route that asks for more
    than credentials (`POST /auth/` with a name and a role) and is not named like a login."""
    if not _has_credentials(body):
        return None
    if _SIGNUP_NAME.search(body.path):
        return 0
    if _login_named(body.path):
        return None
    if _REGISTER_PATH.search(body.path) or _ACCOUNT_PATH.search(body.path):
        return 1
    extra = [
        name
        for name in body.schema["required"]
        if not _credential_field(name) and name not in _OAUTH_FORM_FIELDS
    ]
    return 2 if extra else None


def find_registration(raw: Mapping[str, Any]) -> BodyOperation | None:
    """The signup route: an identity and a password, as JSON, a form or query parameters."""
    ranked = [(_signup_rank(body), body) for body in _post_bodies(raw)]
    found = [(rank, body) for rank, body in ranked if rank is not None]
    return min(found, key=lambda pair: pair[0])[1] if found else None


def find_login(raw: Mapping[str, Any]) -> BodyOperation | None:
    """A login route (login|token|auth in the path) taking an identity and a password; never the
    route that creates accounts."""
    signup = find_registration(raw)
    for body in _post_bodies(raw):
        is_signup = _SIGNUP_NAME.search(body.path) or (signup and body.path == signup.path)
        if _LOGIN_PATH.search(body.path) and not is_signup and _has_credentials(body):
            return body
    return None


def login_routes(raw: Mapping[str, Any]) -> list[tuple[AuthScheme, BodyOperation]]:
    """Where to log in, in order: each declared OAuth2 token URL as its operation documents it
    (a form, or JSON: a `tokenUrl` that points at a JSON login is common), then the login route
    found by name. A token URL is matched to the documented path it means (`auth` for `/auth/`,
    `token` for `/api/token`): posting to the undocumented spelling only earns a redirect."""
    form: Json = {"properties": {"username": {}, "password": {}}, "required": []}
    routes: list[tuple[AuthScheme, BodyOperation]] = []
    documented = [body for body in _post_bodies(raw) if _has_credentials(body)]
    for url in oauth2_token_paths(raw):
        body = _documented_at(documented, url) or BodyOperation(url, FORM, form)
        routes.append(("json_login" if body.media_type == _JSON else "oauth2_password", body))
    login = find_login(raw)
    if login is not None and login.path not in {body.path for _, body in routes}:
        routes.append(("json_login" if login.media_type == _JSON else "oauth2_password", login))
    return routes


def _documented_at(bodies: list[BodyOperation], url: str) -> BodyOperation | None:
    wanted = url.strip("/")
    exact = [b for b in bodies if b.path.strip("/") == wanted]
    suffix = [b for b in bodies if wanted and b.path.rstrip("/").endswith("/" + wanted)]
    return next(iter(exact or suffix), None)


def security_schemes(raw: Mapping[str, Any]) -> list[Json]:
    components = raw.get("components")
    schemes = components.get("securitySchemes") if isinstance(components, Mapping) else None
    if not isinstance(schemes, Mapping):
        return []
    return [s for s in (resolve(raw, v) for v in schemes.values()) if isinstance(s, dict)]


def oauth2_token_paths(raw: Mapping[str, Any]) -> list[str]:
    """Token URLs of declared OAuth2 password flows, as paths relative to the API root."""
    paths = []
    for scheme in security_schemes(raw):
        flows = scheme.get("flows") if scheme.get("type") == "oauth2" else None
        password = flows.get("password") if isinstance(flows, Mapping) else None
        token_url = password.get("tokenUrl") if isinstance(password, Mapping) else None
        if isinstance(token_url, str) and token_url:
            path = urlsplit(token_url).path or "/"
            paths.append(path if path.startswith("/") else "/" + path)
    return paths


def basic_token_paths(raw: Mapping[str, Any]) -> list[str]:
    """POST routes that look like a token endpoint (login|token|auth, not signup): an app may
    take HTTP Basic credentials there and answer with a bearer token."""
    return [
        path
        for path, method, _ in iter_operations(raw)
        if method == "post"
        and _LOGIN_PATH.search(path)
        and not re.search(r"register|signup", path, re.IGNORECASE)
    ]


def declares_http_basic(raw: Mapping[str, Any]) -> bool:
    return any(
        s.get("type") == "http" and str(s.get("scheme", "")).lower() == "basic"
        for s in security_schemes(raw)
    )


def _value_for(name: str, schema: Any) -> Any:
    """A deterministic, plausible value for one signup field."""
    lowered = name.lower()
    schema = schema if isinstance(schema, Mapping) else {}
    if "email" in lowered or schema.get("format") == "email":
        return EMAIL
    if _PASSWORD_FIELD.search(lowered):
        return PASSWORD
    if lowered in ("username", "user_name", "user", "login", "name", "handle", "nickname"):
        return USERNAME
    if isinstance(schema.get("enum"), list) and schema["enum"]:
        return schema["enum"][0]
    kind = schema.get("type")
    if kind is None:
        variants = [v for v in schema.get("anyOf", []) if isinstance(v, Mapping)]
        kind = next((v.get("type") for v in variants if v.get("type") != "null"), "string")
    defaults: dict[str, Any] = {
        "integer": 1,
        "number": 1,
        "boolean": False,
        "array": [],
        "object": {},
    }
    if kind in defaults:
        return defaults[kind]
    return "Grader User" if "name" in lowered else "grader"


def registration_body(raw: Mapping[str, Any], body: BodyOperation) -> Json:
    """Required fields plus every identity/password field, filled with the fixed user's values."""
    properties = body.schema["properties"]
    identities = identity_fields(properties)
    wanted = [
        name
        for name in properties
        if name in body.schema["required"] or _PASSWORD_FIELD.search(name) or name in identities
    ]
    return {name: _value_for(name, resolve(raw, properties[name])) for name in wanted}


# Signups that ask for the password twice without saying so in the schema (a hand-written
# validator's `confirmed` rule, a raw-body handler): the names the refusal may use.
CONFIRMATION_FIELDS = (
    "password_confirmation", "confirm_password", "password_confirm", "password2",
    "passwordConfirmation", "confirmPassword",
)  # fmt: skip


Reply = TypeVar("Reply")  # the transport's answer: an httpx.Response, the probes' Exchange


def confirmation_retries(refusal: str, body: Json) -> list[Json]:
    """Bodies to send again when a signup was refused for a missing password confirmation:
    the field the refusal names if it names one, else each usual name in turn. None when the
    refusal does not mention a confirmation."""
    if "confirm" not in refusal.lower() and "password2" not in refusal:
        return []
    named = [name for name in CONFIRMATION_FIELDS if name in refusal]
    return [{**body, name: PASSWORD} for name in named or CONFIRMATION_FIELDS]


def sign_up(
    send: Callable[[Json], Reply], body: Json, refusal: Callable[[Reply], str | None]
) -> Reply:
    """Send the signup `body`; when it is refused (`refusal` gives the text of a 400 or 422,
    else None) for a missing password confirmation, send it again with one, each usual field
    name in turn until one is not refused. The fuzzer and the probes' sign-in share it."""
    reply = send(body)
    for retry in confirmation_retries(refusal(reply) or "", body):
        reply = send(retry)
        if refusal(reply) is None:
            break
    return reply


def login_fields(body: BodyOperation, username: str, email: str) -> Json:
    """A login body: the password, the email in an email field, `username` in another identity
    field (the load and conformance probes each sign their own users in)."""
    fields: Json = {}
    identities = identity_fields(body.schema["properties"])
    for name in body.schema["properties"]:
        if _PASSWORD_FIELD.search(name):
            fields[name] = PASSWORD
        elif name in identities:
            fields[name] = email if "mail" in name.lower() else username
    return fields


def cookie_header(response: httpx.Response) -> str:
    """The cookies a reply set (`SID=ab12`), as a `Cookie` header sends them back: a login that
    opens a server-side session answers with one instead of a token."""
    return "; ".join(f"{name}={value}" for name, value in response.cookies.items())


def extract_token(response: httpx.Response) -> str | None:
    """The token from a 2xx JSON login response (top level, or under `data`)."""
    if not response.is_success:
        return None
    try:
        payload = response.json()
    except ValueError:
        return None
    for container in (payload, payload.get("data") if isinstance(payload, dict) else None):
        if isinstance(container, dict):
            for field in _TOKEN_FIELDS:
                if isinstance(container.get(field), str) and container[field]:
                    return str(container[field])
    return None


class _Session:
    """An httpx client that only ever posts to the base URL's origin."""

    def __init__(self, base_url: str, timeout: float) -> None:
        self.base_url = base_url.rstrip("/")
        self.client = httpx.Client(timeout=timeout, follow_redirects=False, trust_env=False)

    def post(self, path: str, media_type: str, fields: Json) -> httpx.Response | str:
        """The response, or a sentence saying why there is none."""
        url = self.base_url + path
        if not path.startswith("/") or not same_origin(url, self.base_url):
            return f"POST {path} refused: it would leave {self.base_url}"[:300]
        try:
            if media_type == FORM:
                return self.client.post(url, data=fields)
            if media_type == QUERY:
                return self.client.post(url, params=fields)
            return self.client.post(url, json=fields)
        except httpx.HTTPError as exc:
            return f"POST {path} failed: {type(exc).__name__}: {exc}"[:300]


def _describe(path: str, reply: httpx.Response | str) -> str:
    if isinstance(reply, str):
        return reply
    return f"POST {path} -> {reply.status_code}"


def _register(
    raw: Mapping[str, Any], session: _Session
) -> tuple[str | None, bool, str, str | None]:
    """(path, registered, note, the token the signup reply carries if any)."""
    body = find_registration(raw)
    if body is None:
        return None, False, "no signup operation in the schema", None
    reply = sign_up(
        lambda fields: session.post(body.path, body.media_type, fields),
        registration_body(raw, body),
        lambda r: r.text if isinstance(r, httpx.Response) and r.status_code in (400, 422) else None,
    )
    # 400/409 usually mean the fixed user exists already (a rerun against the same app).
    ok = isinstance(reply, httpx.Response) and (reply.is_success or reply.status_code in (400, 409))
    token = extract_token(reply) if isinstance(reply, httpx.Response) else None
    return body.path, ok, _describe(body.path, reply), token


# The word the app reads before the token in `Authorization` when it declares no scheme and
# reads the header by hand (`h.replace("Token ", "")`): the grader finds it in the code.
TOKEN_SCHEME = "x-grader-token-scheme"


def token_header(raw: Mapping[str, Any], token: str, token_type: Any = None) -> dict[str, str]:
    """Bearer by default; the declared header when the only scheme is an API key in a header.
    An API key declared in `Authorization` itself still carries a scheme there (`Token abc`,
    `Bearer abc`): the one the login named as its `token_type`, else Bearer. With no scheme
    declared, the word the code reads before the token (TOKEN_SCHEME), when the grader found
    one."""
    schemes = security_schemes(raw)
    keys = [s for s in schemes if s.get("type") == "apiKey" and s.get("in") == "header"]
    if keys and len(keys) == len(schemes) and isinstance(keys[0].get("name"), str):
        name = str(keys[0]["name"])
        if name.lower() != "authorization":
            return {name: token}
        scheme = token_type if isinstance(token_type, str) and token_type.isalpha() else "Bearer"
        return {name: f"{scheme} {token}"}
    hinted = raw.get(TOKEN_SCHEME)
    if not schemes and isinstance(hinted, str) and hinted.isalpha():
        return {"Authorization": f"{hinted} {token}"}
    named = None if schemes else declared_token_header(raw)
    if named is not None:
        return {named: token}
    return {"Authorization": f"Bearer {token}"}


# A header parameter that carries the token where no scheme is declared (`token: str =
# Header(None)`, `x_api_key: str = Header(...)`): the name alone says what it holds.
_TOKEN_HEADER = re.compile(
    r"^(?:x-)?(?:(?:auth|access|session|api|user)-)?(?:token|key|api-key|auth-token)$",
    re.IGNORECASE,
)


def declared_token_header(raw: Mapping[str, Any]) -> str | None:
    """The token-named header parameter most operations declare, as the app spells it."""
    counts: dict[str, int] = {}
    for _, _, operation in iter_operations(raw):
        for parameter in operation.get("parameters") or []:
            parameter = resolve(raw, parameter)
            if not isinstance(parameter, Mapping) or parameter.get("in") != "header":
                continue
            name = str(parameter.get("name", ""))
            if _TOKEN_HEADER.match(name.replace("_", "-")):
                counts[name] = counts.get(name, 0) + 1
    return max(counts, key=lambda n: counts[n]) if counts else None


def _login(
    raw: Mapping[str, Any], session: _Session
) -> tuple[AuthScheme, str | None, dict[str, str], list[str]]:
    """Try each declared or discovered flow; the first token wins."""
    notes: list[str] = []
    attempts = login_routes(raw)
    for scheme, body in attempts:
        tries = [login_fields(body, USERNAME, EMAIL), login_fields(body, EMAIL, EMAIL)]
        for fields in tries[:1] if tries[0] == tries[1] else tries:
            reply = session.post(body.path, body.media_type, fields)
            notes.append(_describe(body.path, reply))
            token = extract_token(reply) if isinstance(reply, httpx.Response) else None
            if token is not None:
                return scheme, body.path, token_header(raw, token, _token_type(reply)), notes
            if isinstance(reply, httpx.Response) and reply.is_success and reply.cookies:
                notes.append("the session cookie it set")
                return scheme, body.path, {"Cookie": cookie_header(reply)}, notes
    if attempts:
        return attempts[0][0], attempts[0][1].path, {}, notes
    return "none", None, {}, notes


def _token_type(reply: object) -> Any:
    """The `token_type` a JSON login reply names (`Token`, `Bearer`), if any."""
    if not isinstance(reply, httpx.Response):
        return None
    try:
        body = reply.json()
    except ValueError:
        return None
    return body.get("token_type") if isinstance(body, dict) else None


def _basic_for_bearer(
    raw: Mapping[str, Any], session: _Session, basic: dict[str, str]
) -> tuple[str, str] | None:
    """(path, token) when a token route answers HTTP Basic credentials with a bearer token."""
    for path in basic_token_paths(raw):
        url = session.base_url + path
        if not same_origin(url, session.base_url):
            continue
        try:
            reply = session.client.post(url, headers=basic)
        except httpx.HTTPError:
            continue
        token = extract_token(reply)
        if token is not None:
            return path, token
    return None


def authenticate(raw: Mapping[str, Any], base_url: str, timeout: float) -> Authentication:
    """Register (when possible) and log in; never raises for the app's misbehaviour."""
    session = _Session(base_url, timeout)
    with session.client:
        register_path, registered, register_note, signup_token = _register(raw, session)
        scheme, login_path, headers, notes = _login(raw, session)
        if not headers and signup_token is not None:
            # No login worked, but the signup answered with a token: that is a way in too.
            headers = token_header(raw, signup_token)
            notes.append(f"the token from POST {register_path}")
        basic = base64.b64encode(f"{USERNAME}:{PASSWORD}".encode()).decode()
        exchanged = None
        if not headers and scheme == "none" and declares_http_basic(raw):
            exchanged = _basic_for_bearer(raw, session, {"Authorization": f"Basic {basic}"})
    detail = "; ".join([register_note, *notes])
    ok = bool(headers)
    if exchanged is not None:
        login_path, token = exchanged
        scheme, headers, ok = "http_basic", {"Authorization": f"Bearer {token}"}, True
        detail += f"; HTTP Basic at POST {login_path} gave a bearer token"
    elif not headers and scheme == "none" and declares_http_basic(raw):
        scheme, headers, ok = "http_basic", {"Authorization": f"Basic {basic}"}, registered
        detail += "; HTTP Basic, " + ("the registered user" if registered else "unverified")
    elif scheme == "none" and not headers:
        declared = bool(security_schemes(raw))
        ok = not declared
        detail += "; no login flow found" if declared else "; schema declares no authentication"
    return Authentication(
        headers=headers,
        result={
            "scheme": scheme,
            "ok": ok,
            "detail": detail[:500],
            "register_path": register_path,
            "login_path": login_path,
        },
    )
