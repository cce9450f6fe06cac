from __future__ import annotations

from pathlib import Path

from grader.checks import StaticContext, run_static_checks
from grader.discovery import discover
from tests.unit.rules.conftest import FIXTURES, RunFixture, expected, located


def test_unbounded_lists_fire_and_paginated_ones_do_not(run_fixture: RunFixture) -> None:
    findings = run_fixture("performance/lists.py")
    assert located(findings, "PERF-") == expected("performance/lists.py")
    assert all(f.severity == "minor" for f in findings if f.rule.startswith("PERF-"))


def test_an_unbounded_list_names_the_line_that_reads_its_rows(run_fixture: RunFixture) -> None:
    """The route marks the handler; the query that reads every row is where a page belongs,
    in a helper when the handler calls one (not the helper that looks the parent up), and the
    handler's own call that leads there comes second (tune bw28-03: the line a reader of the
    handler sees)."""
    findings = run_fixture("performance/lists.py")
    (comments,) = [f for f in findings if "(list_comments)" in f.detail]
    source = (FIXTURES / "performance" / "lists.py").read_text(encoding="utf-8").splitlines()
    reads = next(n for n, line in enumerate(source, 1) if "# reads: every comment" in line)
    call = next(n for n, line in enumerate(source, 1) if "return comment_rows(conn" in line)
    assert [(r.file, r.line, r.role) for r in comments.related] == [
        ("main.py", reads, "the query that reads every row"),
        ("main.py", call, "the handler's call"),
    ]
    assert f"the rows are read at main.py:{reads}." in comments.detail


def test_a_list_filled_row_by_row_is_every_row(run_fixture: RunFixture) -> None:
    """`for row in rows: todos.append(...)` then `todos[offset:offset + limit]`: the finding
    marks the fetch and names the slice."""
    findings = run_fixture("performance/lists.py")
    (appended,) = [f for f in findings if f.detail.startswith("appended ")]
    source = (FIXTURES / "performance" / "lists.py").read_text(encoding="utf-8").splitlines()
    cut = next(n for n, line in enumerate(source, 1) if "# the page is cut here" in line)
    assert [(r.line, r.role) for r in appended.related] == [(cut, "the page is cut here")]


def test_a_page_cut_by_a_loop_over_every_row_names_the_loop(run_fixture: RunFixture) -> None:
    """`if skipped < offset: continue` and `if len(items) >= limit: break` over every row of
    the table (tune bw34-05): the finding marks the fetch and names the loop."""
    findings = run_fixture("performance/lists.py")
    (walked,) = [f for f in findings if f.detail.startswith("walked ")]
    source = (FIXTURES / "performance" / "lists.py").read_text(encoding="utf-8").splitlines()
    loop = next(n for n, line in enumerate(source, 1) if "# the page is cut by this loop" in line)
    assert [(r.line, r.role) for r in walked.related] == [(loop, "the page is cut here")]


def test_a_query_chained_over_lines_is_marked_at_its_fetch(tmp_path: Path) -> None:
    (tmp_path / "main.py").write_text(
        "from fastapi import FastAPI\n\napp = FastAPI()\n\n\n@app.get('/todos')\n"
        "def todos(db, offset: int = 0, limit: int = 10) -> list[int]:\n"
        "    rows = (\n        db.query(Todo)\n        .filter(Todo.done)\n        .all()\n    )\n"
        "    return rows[offset : offset + limit]\n"
    )
    findings = run_static_checks(StaticContext(tmp_path, discover(tmp_path)))
    (sliced,) = [f for f in findings if f.rule == "PERF-PAGE-SLICED-IN-PYTHON"]
    assert sliced.line == 11  # `.all()`, not the `rows = (` that opens the statement
    assert [r.line for r in sliced.related] == [13]


def test_rows_fetched_only_to_be_counted(run_fixture: RunFixture) -> None:
    """`len(q.all())`, `len(post.comments)` and rows used only inside `len()` are counts the
    database should make; rows that are the answer, or a lookup tested for existence, are not."""
    findings = run_fixture("performance/counts.py")
    assert located(findings, "PERF-COUNT-") == expected("performance/counts.py")
    (stats,) = [f for f in findings if f.detail.startswith("stats ")]
    assert "only to count them (len() at line" in stats.detail


def test_a_slow_hash_in_a_routes_dependency_is_paid_per_request(run_fixture: RunFixture) -> None:
    """HTTP Basic through a PBKDF2 helper, an API key through bcrypt: every request pays; a
    token lookup does not, and a login is where the hash belongs."""
    findings = run_fixture("performance/auth_hash.py")
    assert located(findings, "PERF-HASH-") == expected("performance/auth_hash.py")
    via_helper = next(f for f in findings if f.rule == "PERF-HASH-PER-REQUEST" and f.related)
    assert "basic_user" in via_helper.detail
    assert [(r.line, r.role) for r in via_helper.related] == [(16, "the slow hash")]


def test_whole_files_and_whole_stores_handled_per_request(run_fixture: RunFixture) -> None:
    """A CSV or JSON file read or rewritten whole by a handler or its helper (tune bw28-04,
    bw32-03, bw34-04), and a module-level store sorted whole for a page (bw22-02, bw34-04);
    a file read at import, a frame turned into a string and a literal of constants are not."""
    findings = run_fixture("performance/stores.py")
    rules = ("PERF-FILE-STORE-PER-REQUEST", "PERF-STORE-SORTED-PER-REQUEST")
    assert located(findings, *rules) == expected("performance/stores.py")
    source = (FIXTURES / "performance" / "stores.py").read_text(encoding="utf-8").splitlines()
    read = next(n for n, line in enumerate(source, 1) if "# the whole file, parsed" in line)
    written = next(n for n, line in enumerate(source, 1) if "# the whole file, written" in line)
    (deleted,) = [f for f in findings if "(delete_todo)" in f.detail]
    assert [(r.line, r.role) for r in deleted.related] == [
        (read, "reads the whole data file"),
        (written, "rewrites the whole data file"),
    ]
    assert "reads the whole data file" in deleted.detail and "rewrites" in deleted.detail


def test_an_unindexed_filter_column_is_one_finding(tmp_path: Path) -> None:
    """Foreign keys every list filters on with no index (tune bw28-02, bw34-03): one finding
    for the submission, the others named; an index, a key or a column nobody filters on is
    not one, and neither is MySQL, which indexes foreign keys itself."""
    (tmp_path / "db.py").write_text(
        'SCHEMA = """\n'
        "CREATE TABLE todos (\n"
        "    id INTEGER PRIMARY KEY,\n"
        "    user_id INTEGER NOT NULL REFERENCES users(id),\n"
        "    list_id INTEGER REFERENCES lists(id),\n"
        "    tag_id INTEGER REFERENCES tags(id),\n"
        "    title TEXT\n"
        ");\n"
        "CREATE INDEX ix_todos_list ON todos (list_id);\n"
        '"""\n'
        "MINE = 'SELECT * FROM todos WHERE user_id = ? AND list_id = ?'\n"
    )
    (tmp_path / "models.py").write_text(
        "from sqlmodel import Field, SQLModel\n\n\n"
        "class Note(SQLModel, table=True):\n"
        "    id: int | None = Field(default=None, primary_key=True)\n"
        '    owner_id: int = Field(foreign_key="user.id")\n'
        '    folder_id: int = Field(foreign_key="folder.id", index=True)\n\n\n'
        "def mine(session, user):\n"
        "    return session.exec(select(Note).where(Note.owner_id == user.id,"
        " Note.folder_id == 1))\n"
    )
    findings = run_static_checks(StaticContext(tmp_path, discover(tmp_path)))
    (unindexed,) = [f for f in findings if f.rule == "PERF-FILTER-COLUMN-UNINDEXED"]
    assert (unindexed.file, unindexed.line) == ("db.py", 4)
    assert [(r.file, r.line) for r in unindexed.related] == [("models.py", 6)]
    assert "todos.user_id, owner_id:" in unindexed.detail
    (tmp_path / "requirements.txt").write_text("fastapi\npymysql\n")
    (tmp_path / "db.py").write_text((tmp_path / "db.py").read_text() + "URL = 'mysql+pymysql://'\n")
    again = run_static_checks(StaticContext(tmp_path, discover(tmp_path)))
    assert not [f for f in again if f.rule == "PERF-FILTER-COLUMN-UNINDEXED"]


def test_an_in_memory_store_returned_whole_is_where_the_rows_are_read(tmp_path: Path) -> None:
    """`return todos`, the module's own list (fresh bw56-05), or a comprehension over it: that
    return is the line a reviewer points at; a list built in the handler is not the store."""
    (tmp_path / "main.py").write_text(
        "from fastapi import FastAPI\n\napp = FastAPI()\ntodos: list[dict] = []\n\n\n"
        "@app.get('/todos')\n"
        "def get_todos(user: str | None = None) -> list[dict]:\n"
        "    if user:\n"
        "        return [t for t in todos if t['user'] == user]\n"
        "    return todos\n\n\n"
        "@app.get('/tags')\n"
        "def get_tags() -> list[str]:\n"
        "    tags = ['a', 'b']\n"
        "    return tags\n"
    )
    findings = run_static_checks(StaticContext(tmp_path, discover(tmp_path)))
    lists = {
        f.detail.split("(")[1].split(")")[0]: [(r.line, r.role) for r in f.related]
        for f in findings
        if f.rule == "PERF-UNBOUNDED-LIST"
    }
    assert lists == {"get_todos": [(10, "returns the whole store")], "get_tags": []}


def test_a_request_that_walks_the_whole_in_memory_store(run_fixture: RunFixture) -> None:
    """A linear search for one id, the caller's records filtered from everybody's, a helper's
    `next(...)` over a dict's values (tune bw56-05, bw54-01, bw57-05); a sort stays the sort
    rule's, a list answered whole the unbounded list's (one defect per handler, charged once). A dict keyed by id, `len()`, a constant
    the app never writes and a parameter of the same name are not walks of the store."""
    findings = run_fixture("performance/store_scans.py")
    rules = ("PERF-STORE-SCANNED", "PERF-STORE-SORTED-PER-REQUEST")
    assert located(findings, *rules) == expected("performance/store_scans.py")
    assert any("(comments)" in f.detail for f in findings if f.rule == "PERF-UNBOUNDED-LIST")
    (login,) = [f for f in findings if "(login)" in f.detail]
    source = (FIXTURES / "performance" / "store_scans.py").read_text(encoding="utf-8")
    walk = next(n for n, line in enumerate(source.splitlines(), 1) if "return next((u" in line)
    assert [(r.file, r.line) for r in login.related] == [("main.py", walk)]
    assert "walks all of `USERS` (in main.py:" in login.detail
