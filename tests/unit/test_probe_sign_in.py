"""How the probes sign in (probes.auth for the fuzzer, probes.api_session for the conformance,
security and load probes), against tiny apps of our own shaped like real take-homes: an OAuth2
token URL that is really a JSON login, a token URL spelt without the route's slash, a signup known
only by its fields, a signup through query parameters whose reply is the only token on offer."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import Depends, FastAPI, Header, HTTPException, Request, Response
from fastapi.security import APIKeyHeader, OAuth2PasswordBearer, OAuth2PasswordRequestForm
from pydantic import BaseModel, field_validator

from probes.api_session import Client, fresh_username, sign_in
from probes.auth import (
    QUERY,
    TOKEN_SCHEME,
    authenticate,
    find_login,
    find_registration,
    login_routes,
)
from probes.conformance import ScenarioRun
from tests.unit.served_app import ServedApp


def both_sign_in(app: FastAPI) -> tuple[dict[str, str], dict[str, str], str]:
    """(the fuzzer's headers, a fresh conformance user's headers, how the latter got in)."""
    with ServedApp(app) as served:
        fuzz = authenticate(served.openapi, served.base_url, timeout=5)
        client = Client(served.base_url, budget=20)
        try:
            fresh = sign_in(served.openapi, client, fresh_username("t"))
        finally:
            client.close()
    return fuzz.headers, fresh.headers, fresh.note


class Tokens:
    """Users and bearer tokens of one app."""

    def __init__(self) -> None:
        self.users: dict[str, str] = {}
        self.tokens: dict[str, str] = {}

    def issue(self, who: str) -> dict[str, str]:
        token = uuid.uuid4().hex
        self.tokens[token] = who
        return {"access_token": token, "token_type": "bearer"}


# Module level: handlers' annotations are resolved against the module (postponed annotations).
JSON_TOKEN_URL = OAuth2PasswordBearer(tokenUrl="auth/login")
SLASHLESS_TOKEN_URL = OAuth2PasswordBearer(tokenUrl="auth")
TOKEN_ROUTE = OAuth2PasswordBearer(tokenUrl="auth/token")
ROOT_TOKEN = OAuth2PasswordBearer(tokenUrl="/token")


class Account(BaseModel):
    email: str
    password: str


def json_token_url_app() -> FastAPI:
    """The OAuth2 scheme's token URL (`auth/login`) is a JSON login: a form gets 422 there."""
    app, tokens = FastAPI(), Tokens()

    @app.post("/auth/signup")
    def signup(body: Account) -> dict[str, str]:
        tokens.users[body.email] = body.password
        return {"email": body.email}

    @app.post("/auth/login")
    def login(body: Account) -> dict[str, str]:
        if tokens.users.get(body.email) != body.password:
            raise HTTPException(400, "bad credentials")
        return tokens.issue(body.email)

    @app.get("/todos")
    def todos(token: Annotated[str, Depends(JSON_TOKEN_URL)]) -> list[str]:
        return []

    return app


def test_an_oauth2_token_url_that_takes_json_is_logged_into_as_json() -> None:
    app = json_token_url_app()
    routes = login_routes(app.openapi())
    assert [(scheme, route.path, route.media_type) for scheme, route in routes] == [
        ("json_login", "/auth/login", "application/json")
    ]
    fuzz, fresh, note = both_sign_in(app)
    assert fuzz["Authorization"].startswith("Bearer ")
    assert fresh["Authorization"].startswith("Bearer ")
    assert "POST /auth/login -> 200" in note


class NamedAccount(BaseModel):
    name: str
    email: str
    password: str


def slashless_token_url_app() -> FastAPI:
    """Signup at `POST /user/`; the token URL says `auth` for the form login at `/auth/`."""
    app, tokens = FastAPI(), Tokens()

    @app.post("/user/")
    def create_user(body: NamedAccount) -> dict[str, str]:
        tokens.users[body.email] = body.password
        return {"name": body.name, "email": body.email}

    @app.post("/auth/")
    def login(form: Annotated[OAuth2PasswordRequestForm, Depends()]) -> dict[str, str]:
        if tokens.users.get(form.username) != form.password:
            raise HTTPException(404, "no such user")
        return tokens.issue(form.username)

    @app.get("/blog/")
    def blogs(token: Annotated[str, Depends(SLASHLESS_TOKEN_URL)]) -> list[str]:
        return []

    return app


def test_a_token_url_without_the_routes_slash_reaches_the_documented_route() -> None:
    app = slashless_token_url_app()
    schema = app.openapi()
    signup = find_registration(schema)
    assert signup is not None and signup.path == "/user/"
    assert [route.path for _, route in login_routes(schema)] == ["/auth/"]  # not /auth: a 307
    fuzz, fresh, _ = both_sign_in(app)
    assert fuzz and fresh


class Signup(BaseModel):
    username: str
    email: str
    first_name: str
    last_name: str
    password: str
    role: str


def fields_only_signup_app() -> FastAPI:
    """`POST /auth/` creates accounts (it asks for a name and a role); `/auth/token` logs in."""
    app, tokens = FastAPI(), Tokens()

    @app.post("/auth/", status_code=201)
    def create_user(body: Signup) -> None:
        tokens.users[body.username] = body.password

    @app.post("/auth/token")
    def token(form: Annotated[OAuth2PasswordRequestForm, Depends()]) -> dict[str, str]:
        if tokens.users.get(form.username) != form.password:
            raise HTTPException(401, "bad credentials")
        return tokens.issue(form.username)

    @app.get("/todos/")
    def todos(token: Annotated[str, Depends(TOKEN_ROUTE)]) -> list[str]:
        return []

    return app


def test_a_signup_is_known_by_the_fields_it_asks_for_not_only_by_its_path() -> None:
    app = fields_only_signup_app()
    schema = app.openapi()
    signup, login = find_registration(schema), find_login(schema)
    assert signup is not None and signup.path == "/auth/"
    assert login is not None and login.path == "/auth/token"  # the signup is never the login
    fuzz, fresh, _ = both_sign_in(app)
    assert fuzz and fresh


class QuerySignup(BaseModel):
    username: str
    email: str
    password: str


def query_signup_app() -> FastAPI:
    """Signup takes its fields as query parameters (`Depends()` on a model) and answers with a
    token; the login refuses everyone (say, accounts wait for an activation)."""
    app, tokens = FastAPI(), Tokens()

    @app.post("/user")
    def register(form: Annotated[QuerySignup, Depends()]) -> dict[str, str]:
        tokens.users[form.username] = form.password
        return tokens.issue(form.username)

    @app.post("/token")
    def token(form: Annotated[OAuth2PasswordRequestForm, Depends()]) -> dict[str, str]:
        raise HTTPException(401, "inactive")

    @app.get("/tasks")
    def tasks(token: Annotated[str, Depends(ROOT_TOKEN)]) -> list[str]:
        if token not in tokens.tokens:
            raise HTTPException(401)
        return []

    return app


def test_a_signup_through_query_parameters_and_the_token_its_reply_carries() -> None:
    app = query_signup_app()
    signup = find_registration(app.openapi())
    assert signup is not None and (signup.path, signup.media_type) == ("/user", QUERY)
    fuzz, fresh, note = both_sign_in(app)
    assert fuzz["Authorization"].startswith("Bearer ")
    assert fresh["Authorization"].startswith("Bearer ")
    assert "POST /user -> 200" in note and "POST /token -> 401" in note
    assert note.endswith("the signup reply's token")


def test_a_login_form_is_not_taken_for_a_signup() -> None:
    """OAuth2's form has only optional extras (scope, client_id): it creates no account."""
    app = slashless_token_url_app()
    schema = app.openapi()
    del schema["paths"]["/user/"]
    assert find_registration(schema) is None


def test_the_login_scenario_fails_when_only_the_signups_token_let_the_probe_in() -> None:
    """The probe gets in, so the scenarios that need a user still run; the login that refused
    a user it had just signed up is still a failure of its own."""
    app = query_signup_app()
    with ServedApp(app) as served:
        client = Client(served.base_url, budget=20)
        try:
            run = ScenarioRun(served.openapi, "todo", client, None)
            run.authenticate()
        finally:
            client.close()
    assert run.owner.scheme == "signup_token" and run.owner.headers
    login = next(s for s in run.scenarios if s["id"] == "login")
    assert login["status"] == "fail" and "refused a user" in login["detail"]


class OpenAccount(BaseModel):
    model_config = {"extra": "allow"}
    username: str
    password: str


def confirmed_password_app() -> FastAPI:
    """A Laravel-style `confirmed` rule: signup wants the password twice, and the schema does
    not say so; the refusal does."""
    app, tokens = FastAPI(), Tokens()

    @app.post("/register", status_code=201)
    def register(body: OpenAccount) -> dict[str, str]:
        if (body.model_extra or {}).get("password_confirmation") != body.password:
            raise HTTPException(422, {"password": ["The password confirmation does not match."]})
        tokens.users[body.username] = body.password
        return {"username": body.username}

    @app.post("/login")
    def login(body: OpenAccount) -> dict[str, str]:
        if tokens.users.get(body.username) != body.password:
            raise HTTPException(401, "These credentials do not match our records.")
        return tokens.issue(body.username)

    @app.get("/posts")
    def posts(token: Annotated[str, Depends(ROOT_TOKEN)]) -> list[str]:
        return []

    return app


def test_a_signup_that_wants_the_password_confirmed_is_sent_it_after_its_refusal() -> None:
    fuzz, fresh, note = both_sign_in(confirmed_password_app())
    assert fuzz["Authorization"].startswith("Bearer ")
    assert fresh["Authorization"].startswith("Bearer ")
    assert "POST /register -> 201" in note


TOKEN_IN_AUTHORIZATION = APIKeyHeader(name="Authorization", auto_error=False)


class Credentials(BaseModel):
    username: str
    password: str


def authorization_api_key_app() -> FastAPI:
    """A Rails developer's token auth: the API key is declared in `Authorization` itself, and
    the app reads `Token <key>` (or `Bearer <key>`) from it, as Rails clients send it."""
    app, tokens = FastAPI(), Tokens()

    @app.post("/users", status_code=201)
    def create(params: Credentials) -> dict[str, str]:
        tokens.users[params.username] = params.password
        return {"username": params.username}

    @app.post("/session")
    def session(params: Credentials) -> dict[str, str]:
        if tokens.users.get(params.username) != params.password:
            raise HTTPException(401)
        return {**tokens.issue(params.username), "token_type": "Token"}

    def current(header: str | None = Depends(TOKEN_IN_AUTHORIZATION)) -> str:
        scheme, _, token = (header or "").partition(" ")
        if scheme.lower() not in ("token", "bearer") or token not in tokens.tokens:
            raise HTTPException(401)
        return tokens.tokens[token]

    @app.get("/me")
    def me(user: str = Depends(current)) -> dict[str, str]:
        return {"username": user}

    return app


def test_an_api_key_declared_in_authorization_is_sent_with_the_logins_token_type() -> None:
    app = authorization_api_key_app()
    with ServedApp(app) as served:
        client = Client(served.base_url, budget=20)
        try:
            fresh = sign_in(served.openapi, client, fresh_username("t"))
            me = client.send("GET", "/me", "/me", headers=fresh.headers)
        finally:
            client.close()
    assert fresh.headers["Authorization"] == f"Token {fresh.token}"
    assert me.status == 200


class NameLogin(BaseModel):
    name: str
    password: str


def name_login_app() -> FastAPI:
    """Laravel's `{name, password}`: the account's name is its login; no security scheme, the
    token is read from the Authorization header by hand."""
    app, tokens = FastAPI(), Tokens()

    @app.post("/api/register", status_code=201)
    def register(body: NameLogin) -> dict[str, str]:
        tokens.users[body.name] = body.password
        return {"name": body.name}

    @app.post("/api/login")
    def login(body: NameLogin) -> dict[str, str]:
        if tokens.users.get(body.name) != body.password:
            raise HTTPException(401, "These credentials do not match our records.")
        return {"token": tokens.issue(body.name)["access_token"]}

    return app


def test_a_bare_name_is_the_login_where_no_user_name_or_email_is_asked() -> None:
    app = name_login_app()
    schema = app.openapi()
    signup, login = find_registration(schema), find_login(schema)
    assert signup is not None and signup.path == "/api/register"
    assert login is not None and login.path == "/api/login"
    fuzz, fresh, note = both_sign_in(app)
    assert fuzz["Authorization"].startswith("Bearer ")
    assert fresh["Authorization"].startswith("Bearer ")
    assert "POST /api/login -> 200" in note


def hand_read_token_app() -> tuple[FastAPI, Tokens]:
    """No security scheme: a signup and a login answering `{"token": ...}`; each test adds the
    route that reads the token by hand."""
    app, tokens = FastAPI(), Tokens()

    @app.post("/signup")
    def signup(body: NameLogin) -> dict[str, str]:
        tokens.users[body.name] = body.password
        return {"ok": "yes"}

    @app.post("/login")
    def login(body: NameLogin) -> dict[str, str]:
        return {"token": tokens.issue(body.name)["access_token"]}

    return app, tokens


def token_word_app() -> FastAPI:
    """The header is read by hand and must say `Token <token>`."""
    app, tokens = hand_read_token_app()

    @app.get("/me")
    def me(request: Request) -> dict[str, str]:
        header = request.headers.get("Authorization", "")
        token = header.replace("Token ", "").strip()
        if token not in tokens.tokens:
            raise HTTPException(401, "not logged in")
        return {"name": tokens.tokens[token]}

    return app


def test_the_code_s_token_word_is_sent_where_no_scheme_is_declared() -> None:
    app = token_word_app()
    with ServedApp(app) as served:
        schema = {**served.openapi, TOKEN_SCHEME: "Token"}
        fuzz = authenticate(schema, served.base_url, timeout=5)
        client = Client(served.base_url, budget=20)
        try:
            fresh = sign_in(schema, client, fresh_username("t"))
            me = client.send("GET", "/me", "/me", headers=fresh.headers)
        finally:
            client.close()
    assert fuzz.headers["Authorization"].startswith("Token ")
    assert fresh.headers["Authorization"] == f"Token {fresh.token}" and me.status == 200


def test_a_token_header_parameter_carries_the_token_where_no_scheme_is_declared() -> None:
    """`token: str = Header(None)` on every route and no security scheme (tune bw32-03): the
    token goes, bare, in the header the operations declare."""
    app, tokens = hand_read_token_app()

    @app.get("/me")
    def me(token: Annotated[str | None, Header()] = None) -> dict[str, str]:
        if token not in tokens.tokens:
            raise HTTPException(401, "invalid token")
        return {"name": tokens.tokens[token]}

    with ServedApp(app) as served:
        fuzz = authenticate(served.openapi, served.base_url, timeout=5)
        client = Client(served.base_url, budget=20)
        try:
            fresh = sign_in(served.openapi, client, fresh_username("t"))
            reply = client.send("GET", "/me", "/me", headers=fresh.headers)
        finally:
            client.close()
    assert fuzz.headers == {"token": fuzz.headers["token"]}
    assert fresh.headers == {"token": fresh.token} and reply.status == 200


# A login that opens a server-side session: a cookie, no token (CGI and PHP habits).
cookie_app = FastAPI()
COOKIE_USERS: dict[str, str] = {}
COOKIE_SESSIONS: dict[str, str] = {}


class Member(BaseModel):
    username: str
    password: str


@cookie_app.post("/register", status_code=201)
def cookie_register(body: Member) -> dict[str, str]:
    COOKIE_USERS[body.username] = body.password
    return {"username": body.username}


@cookie_app.post("/login")
def cookie_login(body: Member, response: Response) -> dict[str, str]:
    if COOKIE_USERS.get(body.username) != body.password:
        raise HTTPException(401, "bad credentials")
    sid = uuid.uuid4().hex
    COOKIE_SESSIONS[sid] = body.username
    response.set_cookie("SID", sid, httponly=True)
    return {"status": "ok"}


@cookie_app.get("/me")
def cookie_me(request: Request) -> dict[str, str]:
    who = COOKIE_SESSIONS.get(request.cookies.get("SID", ""))
    if who is None:
        raise HTTPException(401, "no session")
    return {"username": who}


def test_a_login_that_sets_a_session_cookie_is_signed_in_with_it() -> None:
    fuzz, fresh, note = both_sign_in(cookie_app)
    assert fuzz["Cookie"].startswith("SID=") and fresh["Cookie"].startswith("SID=")
    assert "the session cookie it set" in note
    with ServedApp(cookie_app) as served:
        client = Client(served.base_url, budget=20)
        try:
            me = sign_in(served.openapi, client, fresh_username("c"))
            assert client.send("GET", "/me", "/me", headers=me.headers).status == 200
            # the client keeps no cookie of its own: a request without headers is anonymous
            assert client.send("GET", "/me", "/me").status == 401
        finally:
            client.close()


class StrictAccount(BaseModel):
    username: str
    password: str

    @field_validator("username")
    @classmethod
    def alphanumeric(cls, value: str) -> str:
        if not value.isalnum():
            raise ValueError("username must be alphanumeric")
        return value


def test_a_signup_that_takes_letters_and_digits_only_lets_the_probes_in() -> None:
    """A username validator of `isalnum()` (fresh bw57-03, the tutorial's OAuth2 flow) refused
    `load_1a2b3c4d` with a 422, and every probe that needed a user stopped there."""
    app, tokens = FastAPI(), Tokens()

    @app.post("/users/", status_code=201)
    def register(account: StrictAccount) -> dict[str, str]:
        tokens.users[account.username] = account.password
        return {"username": account.username}

    @app.post("/token")
    def token(form: Annotated[OAuth2PasswordRequestForm, Depends()]) -> dict[str, str]:
        if tokens.users.get(form.username) != form.password:
            raise HTTPException(401)
        return tokens.issue(form.username)

    @app.get("/todos/")
    def todos(token: Annotated[str, Depends(ROOT_TOKEN)]) -> list[str]:
        if token not in tokens.tokens:
            raise HTTPException(401)
        return []

    _, fresh, _ = both_sign_in(app)
    assert fresh.get("Authorization", "").startswith("Bearer ")
    assert all(fresh_username(prefix).isalnum() for prefix in ("load", "conf_a", "author", "sec"))
