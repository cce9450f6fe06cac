"""Dynamic findings name the handler lines they are about: the id lookup, the reply."""

from __future__ import annotations

import textwrap
from pathlib import Path

from grader.checks.registry import make_finding
from grader.discovery import discover
from grader.models import Finding, RequestEvidence
from grader.phases.body_fields import BodyFields
from grader.phases.handler_lines import one_per_leak, with_handler_lines
from grader.phases.routes import locate_by_route

CRUD = """
    def delete_todo(db, todo_id: int):
        todo = db.query(Todo).filter(Todo.id == todo_id).first()  # lookup: by id alone
        db.delete(todo)
        return todo
"""

MAIN = """
    from fastapi import FastAPI
    from . import crud

    app = FastAPI()
    USERS = {}


    @app.delete("/todos/{todo_id}", status_code=204)
    def delete_todo(todo_id: int, db=None, user=None):
        if user is None:
            raise PermissionError
        assert todo_id > 0  # a check, not a lookup
        gone = crud.delete_todo(db, todo_id=todo_id)  # handler: hands the id on
        return None


    @app.post("/users")
    def register(body: dict):
        USERS[body["username"]] = body
        if not body:
            return {"error": "empty"}
        return USERS[body["username"]]  # reply: the whole record
"""


def _project(tmp_path: Path) -> BodyFields:
    package = tmp_path / "app"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "crud.py").write_text(textwrap.dedent(CRUD))
    (package / "main.py").write_text(textwrap.dedent(MAIN))
    return BodyFields(discover(tmp_path), tmp_path)


def _marked(tmp_path: Path, rel: str, marker: str) -> int:
    lines = (tmp_path / rel).read_text().splitlines()
    return next(n for n, line in enumerate(lines, 1) if marker in line)


def _request(method: str, path: str) -> RequestEvidence:
    return RequestEvidence(method=method, path=path, status=200, curl="curl ...")


def test_another_users_record_points_at_the_lookup_through_the_helper(tmp_path: Path) -> None:
    fields = _project(tmp_path)
    found = make_finding(
        "CONF-OTHER-USER-DELETE",
        "expected 404, got 204",
        request=_request("DELETE", "/todos/{todo_id}"),
    )
    (placed,) = with_handler_lines(locate_by_route([found], fields.facts), fields)
    assert placed.file == "app/main.py"
    assert [(r.file, r.line) for r in placed.related] == [
        ("app/main.py", _marked(tmp_path, "app/main.py", "# handler: hands the id on")),
        ("app/crud.py", _marked(tmp_path, "app/crud.py", "# lookup: by id alone")),
    ]


def test_a_reply_carrying_a_password_points_at_the_returns(tmp_path: Path) -> None:
    fields = _project(tmp_path)
    found = make_finding(
        "SEC-DYN-PASSWORD-EXPOSED", "a hash in 'password'", request=_request("POST", "/users")
    )
    (placed,) = with_handler_lines([found], fields)
    reply = _marked(tmp_path, "app/main.py", "# reply: the whole record")
    assert [r.line for r in placed.related] == [reply - 1, reply]
    assert {r.role for r in placed.related} == {"the reply is built here"}


def test_other_findings_and_unknown_routes_are_left_as_they_are(tmp_path: Path) -> None:
    fields = _project(tmp_path)
    other = make_finding("CONF-CREATE", "500", request=_request("POST", "/users"))
    unknown = make_finding("CONF-OTHER-USER-READ", "200", request=_request("GET", "/nowhere/{id}"))
    assert with_handler_lines([other, unknown], fields) == [other, unknown]


def test_a_record_read_from_a_dict_by_its_id_is_the_lookup(tmp_path: Path) -> None:
    (tmp_path / "main.py").write_text(
        textwrap.dedent(
            """
            from fastapi import FastAPI

            app = FastAPI()
            TODOS = {}


            @app.get("/todos/{todo_id}")
            def read_todo(todo_id: int):
                if todo_id not in TODOS:
                    raise KeyError(todo_id)
                return TODOS[todo_id]  # the lookup
            """
        )
    )
    fields = BodyFields(discover(tmp_path), tmp_path)
    found = make_finding("CONF-OTHER-USER-READ", "200", request=_request("GET", "/todos/{todo_id}"))
    (placed,) = with_handler_lines(locate_by_route([found], fields.facts), fields)
    assert [r.line for r in placed.related] == [_marked(tmp_path, "main.py", "# the lookup")]


def test_an_unchecked_page_size_points_at_where_it_is_declared(tmp_path: Path) -> None:
    (tmp_path / "main.py").write_text(
        textwrap.dedent(
            """
            from fastapi import FastAPI

            app = FastAPI()


            @app.get("/todos")
            def list_todos(
                skip: int = 0,  # the offset
                limit: int = 100,  # the page size
            ):
                return []
            """
        )
    )
    fields = BodyFields(discover(tmp_path), tmp_path)
    request = _request("GET", "/todos")
    huge = make_finding("CONF-PAGINATION-HUGE-LIMIT", "200", request=request)
    negative = make_finding("CONF-PAGINATION-NEGATIVE-OFFSET", "200", request=request)
    placed = with_handler_lines(locate_by_route([huge, negative], fields.facts), fields)
    assert [[(r.line, r.role) for r in f.related] for f in placed] == [
        [(_marked(tmp_path, "main.py", "# the page size"), "limit is declared here")],
        [(_marked(tmp_path, "main.py", "# the offset"), "skip is declared here")],
    ]


CONTROLLER_MAIN = """
    from fastapi import FastAPI
    from pydantic import BaseModel

    app = FastAPI()


    class UserOut(BaseModel):
        id: int
        username: str
        hashed_password: str  # model: lets the hash out


    class AuthController:
        def register(self, payload: dict):
            user = {"id": 1, **payload}
            return {"user": user, "token": "t"}  # controller: builds the reply


    auth = AuthController()


    @app.post("/register")
    def register(payload: dict):
        return auth.register(payload)


    @app.get("/users/me", response_model=UserOut)
    def me():
        return {"id": 1, "username": "a", "hashed_password": "x"}
"""


def _leaks() -> tuple[Finding, Finding]:
    """The probe's two replies that leaked a hash: the signup's, and the profile's."""
    built = make_finding(
        "SEC-DYN-PASSWORD-EXPOSED",
        "the reply holds a password hash in field 'password'",
        request=_request("POST", "/register"),
    )
    declared = make_finding(
        "SEC-DYN-PASSWORD-EXPOSED",
        "the reply holds a password hash in field 'hashed_password'",
        request=_request("GET", "/users/me"),
    )
    return built, declared


def test_a_reply_built_by_a_controller_or_let_out_by_the_model_points_there(
    tmp_path: Path,
) -> None:
    """The returns of the project function a handler returns the result of (a Laravel-style
    controller), and the response model's field named by the probe."""
    (tmp_path / "main.py").write_text(textwrap.dedent(CONTROLLER_MAIN))
    fields = BodyFields(discover(tmp_path), tmp_path)
    built, declared = _leaks()
    placed_built, placed_declared = with_handler_lines([built, declared], fields)
    controller = _marked(tmp_path, "main.py", "# controller: builds the reply")
    assert controller in [r.line for r in placed_built.related]
    model = _marked(tmp_path, "main.py", "# model: lets the hash out")
    assert ("main.py", model, "the response model lets it out") in [
        (r.file, r.line, r.role) for r in placed_declared.related
    ]


EMBEDDING_MAIN = """
    from fastapi import FastAPI

    app = FastAPI()


    @app.get("/posts")
    def index():
        posts = [{"id": 1, "user_id": 2}]
        for post in posts:
            post["author"] = get_user(post["user_id"])  # embed: the whole users row
        return {"posts": posts}


    @app.post("/posts")
    def create(body: dict):
        post = {
            **body,
            "author": current_user(),  # embed: at creation
        }
        return post
"""


def test_a_user_row_embedded_in_the_reply_points_where_it_is_put(tmp_path: Path) -> None:
    """The probe names the key the leaking record sat under; the handler's line that put it
    there is where the fix goes (tune bw28-03 `post['author'] = ...`, bw34-04 `"author": user`)."""
    (tmp_path / "main.py").write_text(textwrap.dedent(EMBEDDING_MAIN))
    fields = BodyFields(discover(tmp_path), tmp_path)
    leaks = [
        make_finding(
            "SEC-DYN-PASSWORD-EXPOSED",
            "the reply holds a password hash in field 'password' under 'author'",
            request=_request(method, "/posts"),
        )
        for method in ("GET", "POST")
    ]
    listed, created = with_handler_lines(leaks, fields)
    role = "the record is put under 'author' here"
    embeds = [
        _marked(tmp_path, "main.py", "# embed: the whole"),
        _marked(tmp_path, "main.py", "# embed: at"),
    ]
    assert [r.line for r in listed.related if r.role == role] == embeds[:1]
    assert [r.line for r in created.related if r.role == role] == embeds[1:]
    top = make_finding(
        "SEC-DYN-PASSWORD-EXPOSED",
        "the reply holds a password hash in field 'password'",
        request=_request("GET", "/posts"),
    )
    (placed,) = with_handler_lines([top], fields)
    assert not [r for r in placed.related if r.role == role]


SERVICE_EMBEDDING = """
    from fastapi import FastAPI

    app = FastAPI()


    class PostService:
        def list(self, limit):
            data = []
            for row in ROWS[:limit]:
                post = dict(row)
                post["author"] = USERS[post["user_id"]].to_dict()  # embed: in the service
                data.append(post)
            return data


    class CommentService:
        def list(self, post_id):
            return [dict(row) for row in COMMENTS if row["post_id"] == post_id]


    @app.get("/posts")
    async def index(limit: int = 10):
        return PostService().list(limit)
"""


def test_a_record_embedded_by_the_service_the_handler_returns_is_pointed_at(
    tmp_path: Path,
) -> None:
    """`return PostService(db).list(...)`, and the service puts the user row under 'author'
    (fresh bw61-02): of the functions named `list`, the one that embeds it is where the fix
    goes, though the name alone cannot tell which is called."""
    (tmp_path / "main.py").write_text(textwrap.dedent(SERVICE_EMBEDDING))
    fields = BodyFields(discover(tmp_path), tmp_path)
    leak = make_finding(
        "SEC-DYN-PASSWORD-EXPOSED",
        "the reply holds a password hash in field 'password' under 'author'",
        request=_request("GET", "/posts"),
    )
    (placed,) = with_handler_lines([leak], fields)
    role = "the record is put under 'author' here"
    embedded = _marked(tmp_path, "main.py", "# embed: in the service")
    assert [(r.file, r.line) for r in placed.related if r.role == role] == [("main.py", embedded)]


JOINED_MAIN = """
    from fastapi import FastAPI

    app = FastAPI()


    @app.get("/posts")
    def index(db=None):
        rows = db.execute("SELECT posts.*, users.* FROM posts, users "  # join: every user column
                          "WHERE posts.author_id = users.id").fetchall()
        names = db.execute("SELECT users.name FROM users").fetchall()
        return {"posts": [dict(r) for r in rows], "names": names}
"""


def test_a_user_row_selected_whole_points_at_its_query(tmp_path: Path) -> None:
    """A post list joined with `users.*` carries each author's password column in every row
    (tune bw31-03): the query is where the fix goes; one naming its columns is not marked."""
    (tmp_path / "main.py").write_text(textwrap.dedent(JOINED_MAIN))
    fields = BodyFields(discover(tmp_path), tmp_path)
    leak = make_finding(
        "SEC-DYN-PASSWORD-EXPOSED",
        "the reply holds a password hash in field 'password' under 'posts'",
        request=_request("GET", "/posts"),
    )
    (placed,) = with_handler_lines([leak], fields)
    queries = [r.line for r in placed.related if r.role.startswith("the query selects")]
    assert queries == [_marked(tmp_path, "main.py", "# join: every user column")]


TOKEN_MAIN = """
    import base64
    import json

    from fastapi import FastAPI

    app = FastAPI()


    def make_token(user):
        payload = json.dumps({"id": user["id"], "username": user["username"]})
        return base64.b64encode(payload.encode()).decode()  # computed: base64 JSON


    @app.post("/token")
    def login(form: dict):
        return {"access_token": form["username"], "token_type": "bearer"}  # made: the name


    @app.post("/login")
    def login_b64(form: dict):
        token = make_token(form)
        return {"user": form, "token": token}  # made: through a local name
"""


def test_a_forged_token_points_where_the_sign_in_route_makes_it(tmp_path: Path) -> None:
    """The forged request hit a protected route; the fix is where the token is made: the
    reply's token key, and the helper that computed it (tune bw30-05 main.py:70, bw34-04:45)."""
    (tmp_path / "main.py").write_text(textwrap.dedent(TOKEN_MAIN))
    fields = BodyFields(discover(tmp_path), tmp_path)
    placed = with_handler_lines(
        [
            make_finding(
                "SEC-DYN-FORGED-TOKEN",
                f"the token POST {path} issued is the user's name itself; one computed ...",
                request=_request("GET", "/todos"),
            )
            for path in ("/token", "/login")
        ],
        fields,
    )
    name, through = ([(r.line, r.role) for r in f.related] for f in placed)
    assert name == [(_marked(tmp_path, "main.py", "# made: the name"), "the token is made here")]
    assert through == [
        (_marked(tmp_path, "main.py", "# made: through"), "the token is made here"),
        (_marked(tmp_path, "main.py", "# computed: base64"), "the token is computed here"),
    ]


def test_the_response_model_is_the_one_its_module_names(tmp_path: Path) -> None:
    """`response_model=schemas.User` where models.py defines a `User` table first: the field
    is the schema's (tune bw25-04)."""
    (tmp_path / "models.py").write_text(
        "from sqlalchemy import Column, String\n\n\nclass User:\n"
        "    hashed_password = Column(String)\n"
    )
    (tmp_path / "schemas.py").write_text(
        "from pydantic import BaseModel\n\n\nclass User(BaseModel):\n    id: int\n"
        "    hashed_password: str\n"
    )
    (tmp_path / "main.py").write_text(
        "from fastapi import FastAPI\nimport models\nimport schemas\n\napp = FastAPI()\n\n\n"
        "@app.post('/register', response_model=schemas.User)\n"
        "def register():\n    return models.User()\n"
    )
    fields = BodyFields(discover(tmp_path), tmp_path)
    assert fields.response_field("POST", "/register", "hashed_password") == ("schemas.py", 6)


def test_one_leak_on_several_routes_is_one_finding_naming_each(tmp_path: Path) -> None:
    """The probe reports every route whose reply leaked the password; the report charges the
    leak once and names the other routes' handler and reply lines (tune bw28-03, bw31-03)."""
    (tmp_path / "main.py").write_text(textwrap.dedent(CONTROLLER_MAIN))
    fields = BodyFields(discover(tmp_path), tmp_path)
    built, declared = _leaks()
    other = make_finding("CONF-CREATE", "500", request=_request("POST", "/register"))
    placed = with_handler_lines(locate_by_route([built, other, declared], fields.facts), fields)
    folded, kept_other = one_per_leak(placed)
    assert (kept_other.rule, kept_other.detail) == ("CONF-CREATE", "500")
    assert folded.request == built.request
    assert "GET /users/me too: a password hash in field 'hashed_password'" in folded.detail
    also = [(r.line, r.role) for r in folded.related if r.role.startswith("GET /users/me")]
    model = _marked(tmp_path, "main.py", "# model: lets the hash out")
    me = _marked(tmp_path, "main.py", "def me():")
    assert (model, "GET /users/me also lets it out") in also
    assert (me, "GET /users/me also lets it out") in also
    assert one_per_leak([other]) == [other]


def test_a_change_by_id_alone_points_at_the_write_as_well_as_the_lookup(tmp_path: Path) -> None:
    """Another user's record was changed or deleted: the statements that did it by its id
    alone are named besides the lookup (tune bw28-03: `delete_post(id)` after `get_post(id)`)."""
    (tmp_path / "main.py").write_text(
        textwrap.dedent(
            """
            from fastapi import FastAPI

            app = FastAPI()
            CACHE = {}
            TODOS = {}


            @app.delete("/todos/{todo_id}")
            def delete_todo(todo_id: int, conn=None):
                row = conn.execute("SELECT * FROM todos WHERE id = ?", (todo_id,))  # lookup
                if row is None:
                    raise KeyError(todo_id)
                conn.execute("DELETE FROM todos WHERE id = ?", (todo_id,))  # the delete
                del CACHE[todo_id]  # the cache
                conn.commit()
                print(todo_id)
                return None


            @app.put("/todos/{todo_id}")
            def update_todo(todo_id: int, body: dict):
                old = TODOS.get(todo_id)  # read
                TODOS[todo_id] = {**old, **body}  # the write
                return TODOS[todo_id]
            """
        )
    )
    fields = BodyFields(discover(tmp_path), tmp_path)
    deleted = make_finding(
        "CONF-OTHER-USER-DELETE", "200", request=_request("DELETE", "/todos/{todo_id}")
    )
    written = make_finding(
        "CONF-OTHER-USER-WRITE", "200", request=_request("PUT", "/todos/{todo_id}")
    )
    read = make_finding("CONF-OTHER-USER-READ", "200", request=_request("PUT", "/todos/{todo_id}"))
    placed = with_handler_lines(locate_by_route([deleted, written, read], fields.facts), fields)
    at = {marker: _marked(tmp_path, "main.py", marker) for marker in (
        "# lookup", "# the delete", "# the cache", "# read", "# the write"
    )}  # fmt: skip
    assert [[r.line for r in f.related] for f in placed] == [
        [at["# lookup"], at["# the delete"], at["# the cache"]],
        [at["# read"], at["# the write"]],
        [at["# read"]],
    ]
    assert placed[0].related[1].role == "the record is changed here"


def test_credentialed_cors_is_placed_where_the_middleware_is_configured(tmp_path: Path) -> None:
    """The probe's OPTIONS reply has no route of its own (fresh bw36-02, bw38-03, bw39-03: the
    origins come from settings): the finding marks the CORSMiddleware registration and names
    the lines setting its origins and credentials."""
    (tmp_path / "main.py").write_text(
        "from fastapi import FastAPI\n"
        "from fastapi.middleware.cors import CORSMiddleware\n"
        "from config import ORIGINS\n\n"
        "app = FastAPI()\n"
        "app.add_middleware(\n"
        "    CORSMiddleware,\n"
        "    allow_origins=ORIGINS,\n"
        "    allow_credentials=True,\n"
        ")\n"
    )
    fields = BodyFields(discover(tmp_path), tmp_path)
    probed = make_finding(
        "SEC-DYN-CORS-CREDENTIALS",
        "a foreign origin was echoed with credentials",
        request=RequestEvidence(
            method="OPTIONS", path="/todos", status=200, curl="curl -X OPTIONS"
        ),
    )
    (placed,) = with_handler_lines(locate_by_route([probed], fields.facts), fields)
    assert (placed.file, placed.line) == ("main.py", 6)
    assert [(r.line, r.role) for r in placed.related] == [
        (8, "allow_origins is set"),
        (9, "allow_credentials is set"),
    ]
