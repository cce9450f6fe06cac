from __future__ import annotations

from pathlib import Path

import pytest

from grader.checks import StaticContext, run_static_checks
from grader.discovery import discover
from tests.unit.rules.conftest import FIXTURES, RunFixture, expected, located


@pytest.mark.parametrize(
    ("fixture", "code"),
    [
        ("security/passwords.py", "SEC-PLAINTEXT-PASSWORD"),
        ("security/password_setter.py", "SEC-PLAINTEXT-PASSWORD"),
        ("security/weak_hash.py", "SEC-WEAK-PASSWORD-HASH"),
        ("security/response_password.py", "SEC-PASSWORD-IN-RESPONSE"),
        ("security/secrets.py", "SEC-HARDCODED-SECRET"),
        ("security/secret_fallback.py", "SEC-SECRET-FALLBACK"),
        ("security/password_rules.py", "SEC-PASSWORD-UNCONSTRAINED"),
        ("security/password_checked.py", "SEC-PASSWORD-UNCONSTRAINED"),
        ("security/sql.py", "SEC-SQL-INJECTION"),
        ("security/cors.py", "SEC-CORS-WILDCARD-CREDENTIALS"),
        ("security/open_writes.py", "SEC-UNAUTHENTICATED-WRITES"),
        ("security/guarded_writes.py", "SEC-UNAUTHENTICATED-WRITES"),
        ("security/scheme_writes.py", "SEC-UNAUTHENTICATED-WRITES"),
        ("security/factory_writes.py", "SEC-UNAUTHENTICATED-WRITES"),
        ("security/unvalidated_write.py", "SEC-UNVALIDATED-WRITE"),
        ("security/login_messages.py", "SEC-LOGIN-ENUMERATION"),
        ("security/digest_compare.py", "SEC-TIMING-UNSAFE-COMPARE"),
        ("security/cached_checks.py", "SEC-CACHED-CREDENTIAL-CHECK"),
        ("security/tokens.py", "SEC-TOKEN-NO-EXPIRY"),
        ("security/owners.py", "SEC-OWNER-UNCHECKED"),
        ("security/owners_blog_reads.py", "SEC-OWNER-UNCHECKED"),
        ("security/debug.py", "SEC-DEBUG-ON"),
    ],
)
def test_rule_fires_on_the_marked_lines_only(
    run_fixture: RunFixture, fixture: str, code: str
) -> None:
    assert located(run_fixture(fixture), code) == expected(fixture)


def test_unauthenticated_writes_lists_every_open_route(run_fixture: RunFixture) -> None:
    finding = next(
        f for f in run_fixture("security/open_writes.py") if f.rule == "SEC-UNAUTHENTICATED-WRITES"
    )
    assert "POST /todos" in finding.detail and "DELETE /todos/{todo_id}" in finding.detail
    assert "register" not in finding.detail
    # a handler that hands its Request to an auth-named helper, or to one answering 401, is
    # authenticated; one that only logs the request is not
    assert "PUT /todos/{todo_id}" not in finding.detail
    assert "PATCH /todos/{todo_id}" not in finding.detail
    assert "POST /todos/{todo_id}/done" in finding.detail


def test_unauthenticated_writes_needs_an_assignment_with_users(run_fixture: RunFixture) -> None:
    # Open writes on paths that name no todo or blog resource: the kind is unknown, no finding.
    findings = run_fixture("security/open_writes_unknown_kind.py")
    assert located(findings, "SEC-UNAUTHENTICATED-WRITES") == set()


def test_secrets_in_test_files_are_ignored(run_fixture: RunFixture) -> None:
    findings = run_fixture("security/cors.py", tests="security/secrets.py")
    assert located(findings, "SEC-HARDCODED-SECRET") == set()


def test_sql_built_for_a_helper_that_runs_it_names_where_it_runs(run_fixture: RunFixture) -> None:
    (through,) = [
        f
        for f in run_fixture("security/sql.py")
        if f.rule == "SEC-SQL-INJECTION" and f.detail.startswith("one_row()")
    ]
    assert [(r.file, r.role) for r in through.related] == [("main.py", "where the SQL is run")]
    assert f"runs it at main.py:{through.related[0].line}." in through.detail


def test_an_unvalidated_write_names_the_fields_it_takes(run_fixture: RunFixture) -> None:
    """The write is where the value lands; the line that takes the field from the raw body is
    where a reviewer sees that nothing checks it."""
    findings = run_fixture("security/unvalidated_write.py")
    create = next(f for f in findings if "create stores" in f.detail)
    source = (FIXTURES / "security" / "unvalidated_write.py").read_text(encoding="utf-8")
    taken = source.splitlines().index('    title = data["title"]') + 1
    assert [(r.line, r.role) for r in create.related] == [(taken, "a body field taken unchecked")]


def test_cors_origins_from_another_module_s_configuration(tmp_path: Path) -> None:
    """`allow_origins=config["corsOrigins"]` where app/config.py holds the dict (tune bw31-02)."""
    (tmp_path / "app").mkdir()
    (tmp_path / "app" / "__init__.py").write_text("")
    (tmp_path / "app" / "config.py").write_text('config = {"corsOrigins": ["*"], "port": 8000}\n')
    (tmp_path / "app" / "server.py").write_text(
        "from fastapi import FastAPI\nfrom fastapi.middleware.cors import CORSMiddleware\n\n"
        "from app.config import config\n\napp = FastAPI()\napp.add_middleware(\n"
        '    CORSMiddleware,\n    allow_origins=config["corsOrigins"],\n'
        "    allow_credentials=True,\n)\n"
    )
    findings = run_static_checks(StaticContext(tmp_path, discover(tmp_path)))
    assert located(findings, "SEC-CORS-") == {("SEC-CORS-WILDCARD-CREDENTIALS", 10)}


def test_an_unchecked_owner_names_the_line_that_changes_the_record(run_fixture: RunFixture) -> None:
    """The lookup by id is the finding's line; the UPDATE after it is named beside (fresh
    bw45-04's reviewer points at the update, not the lookup)."""
    (found,) = [
        f
        for f in run_fixture("security/owners.py")
        if f.rule == "SEC-OWNER-UNCHECKED" and "edit_note" in f.detail
    ]
    source = (FIXTURES / "security" / "owners.py").read_text(encoding="utf-8").splitlines()
    change = next(n for n, text in enumerate(source, 1) if text.endswith("# the change"))
    assert [(r.line, r.role) for r in found.related] == [(change, "the record is changed here")]
    (dropped,) = [
        f
        for f in run_fixture("security/owners.py")
        if f.rule == "SEC-OWNER-UNCHECKED" and "drop_note" in f.detail
    ]
    executed = next(n for n, text in enumerate(source, 1) if "the triple-quoted change" in text)
    start = executed - 5  # the call's first line: not the dict popped or written before it
    assert [r.line for r in dropped.related] == [start]
    (toggled,) = [
        f
        for f in run_fixture("security/owners.py")
        if f.rule == "SEC-OWNER-UNCHECKED" and "toggle_note" in f.detail
    ]
    toggle = next(n for n, text in enumerate(source, 1) if text.endswith("# the toggle"))
    assert [r.line for r in toggled.related] == [toggle]


def test_a_dependency_factorys_returned_guard_authenticates(tmp_path: Path) -> None:
    """`Writer = Annotated[Row, Depends(require(Perm.WRITE))]`: FastAPI runs the function
    `require` returns, which depends on the signed-in user (fresh bw63-01, bw63-04); a factory
    whose returned function asks for no user guards nothing."""
    (tmp_path / "deps.py").write_text(
        "from typing import Annotated\nfrom fastapi import Depends\n\n\n"
        "def current_user(authorization: str) -> str:\n    return authorization\n\n\n"
        "def require(needed: str):\n"
        "    def check(who: Annotated[str, Depends(current_user)]) -> str:\n"
        "        return who\n\n"
        "    return check\n\n\n"
        "def paged(size: int):\n"
        "    def page(offset: int = 0) -> int:\n        return offset\n\n"
        "    return page\n\n\n"
        'Writer = Annotated[str, Depends(require("write"))]\n'
        "Page = Annotated[int, Depends(paged(20))]\n"
    )
    (tmp_path / "main.py").write_text(
        "from fastapi import FastAPI\nfrom deps import Page, Writer\n\napp = FastAPI()\n\n\n"
        '@app.post("/todos")\ndef create_todo(w: Writer) -> None:\n    return None\n\n\n'
        '@app.delete("/todos/{todo_id}")\ndef delete_todo(todo_id: int, p: Page) -> None:\n'
        "    return None\n"
    )
    [finding] = [
        f
        for f in run_static_checks(StaticContext(tmp_path, discover(tmp_path)))
        if f.rule == "SEC-UNAUTHENTICATED-WRITES"
    ]
    assert "DELETE /todos/{todo_id}" in finding.detail
    assert "POST /todos" not in finding.detail


def test_sql_injection_names_where_request_data_enters_the_text(tmp_path: Path) -> None:
    """`sql += f" ORDER BY {sort}"` lines above `execute(sql)` (fresh bw61-05), and an f-string
    spread over lines (fresh bw61-02): the finding sits at the call and names the lines where
    the data is written into the SQL; constant fragments and bound values are no such line."""
    (tmp_path / "repo.py").write_text(
        "def listing(conn, status: str, sort: str, search: str):\n"
        '    sql = "SELECT * FROM todos WHERE owner = ?"\n'
        '    if status == "done":\n'
        '        sql += " AND done = 1"\n'
        '    sql += f" ORDER BY {sort}"\n'
        "    return conn.execute(sql, (1,)).fetchall()\n\n\n"
        "def search_posts(conn, search: str, limit: int):\n"
        '    sql = f"""\n'
        "        SELECT * FROM posts\n"
        "        WHERE title LIKE '%{search}%'\n"
        "        LIMIT {limit}\n"
        '    """\n'
        "    return conn.execute(sql).fetchall()\n"
    )
    found = {
        f.line: [(r.line, r.role) for r in f.related]
        for f in run_static_checks(StaticContext(tmp_path, discover(tmp_path)))
        if f.rule == "SEC-SQL-INJECTION"
    }
    role = "where request data enters the SQL text"
    assert found == {6: [(5, role)], 15: [(12, role)]}


def test_a_write_through_a_mass_assigner_names_where_it_copies_every_key(
    run_fixture: RunFixture,
) -> None:
    """`record.fill(data)` with the raw body, and `fill` setattr's every key (fresh bw56-03):
    the finding sits at the call and names the copy."""
    (finding,) = [
        f
        for f in run_fixture("security/unvalidated_write.py")
        if f.rule == "SEC-UNVALIDATED-WRITE" and "fill()" in f.detail
    ]
    source = (FIXTURES / "security" / "unvalidated_write.py").read_text().splitlines()
    copy = next(n for n, line in enumerate(source, 1) if "every key of the client's" in line)
    assert [(r.line, r.role) for r in finding.related] == [
        (copy, "every key is copied onto the record")
    ]
    assert f"which copies every key it is given (main.py:{copy})" in finding.detail


def test_a_todo_read_by_id_alone_is_named_a_read(run_fixture: RunFixture) -> None:
    """Nobody may see another's todos (the todo assignment): a read of one by its id that
    knows the caller and never uses it is the same oversight as such a write (tune bw60-05,
    bw44-03); a blog's post is anyone's to read (owners_blog_reads.py)."""
    (read,) = [
        f
        for f in run_fixture("security/owners.py")
        if f.rule == "SEC-OWNER-UNCHECKED" and "(read_todo)" in f.detail
    ]
    assert read.detail.startswith("GET /todos/{todo_id} (read_todo) knows the caller (user)")
    assert read.detail.endswith("the record is read by its id alone.")


def test_a_module_s_key_copier_is_known_by_its_module_when_the_handler_shares_its_name(
    tmp_path: Path,
) -> None:
    """Fresh bw66-03: `crud.update_todo(db, todo, payload)` from a PATCH handler itself named
    `update_todo`; crud's copies every key it gets onto the row (`setattr`), so a raw `dict`
    body reaches the row unchecked (an `owner_id` key moves the todo)."""
    (tmp_path / "crud.py").write_text(
        "def update_todo(db, todo, data):\n"
        "    for key, value in data.items():\n"
        "        if hasattr(todo, key):\n"
        "            setattr(todo, key, value)\n"
        "    db.commit()\n"
        "    return todo\n"
    )
    (tmp_path / "main.py").write_text(
        "from fastapi import Body, FastAPI\n\nimport crud\n\napp = FastAPI()\n\n\n"
        '@app.patch("/todos/{todo_id}")\n'
        "def update_todo(todo_id: int, payload: dict = Body(...)):\n"
        "    todo = object()\n"
        '    if "title" in payload and not payload["title"]:\n'
        "        raise ValueError\n"
        "    return crud.update_todo(None, todo, payload)\n"
    )
    (finding,) = [
        f
        for f in run_static_checks(StaticContext(tmp_path, discover(tmp_path)))
        if f.rule == "SEC-UNVALIDATED-WRITE"
    ]
    assert (finding.file, finding.line) == ("main.py", 13)
    assert "through crud.update_todo()" in finding.detail
    assert ("crud.py", 4) in [(r.file, r.line) for r in finding.related]


def test_debug_on_names_the_setting_that_turns_it_on(run_fixture: RunFixture) -> None:
    source = (FIXTURES / "security" / "debug.py").read_text(encoding="utf-8").splitlines()
    setting = next(n for n, line in enumerate(source, 1) if "TRACEBACKS: bool" in line)
    used = next(n for n, line in enumerate(source, 1) if "debug=settings.TRACEBACKS" in line)
    (traced,) = [
        f for f in run_fixture("security/debug.py") if f.rule == "SEC-DEBUG-ON" and f.line == used
    ]
    assert [(r.file, r.line) for r in traced.related] == [("main.py", setting)]
