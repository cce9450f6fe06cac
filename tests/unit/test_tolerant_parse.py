"""Code written for a newer Python than the grader's still yields its app, routes and lines."""

from __future__ import annotations

import sys
import textwrap
from pathlib import Path

import pytest

from grader.discovery import discover
from grader.discovery.tolerant_parse import parse_tolerant

NEWER = textwrap.dedent(
    """
    from fastapi import FastAPI

    type UserId = int

    app = FastAPI()


    def first[T](items: list[T]) -> T:
        return items[0]


    @app.get("/todos/{todo_id}")
    def read(todo_id: int) -> dict[str, str]:
        row = {"title": "x"}
        return {"label": f"{row["title"]}"}


    @app.get("/health")
    def health() -> dict[str, bool]:
        return {"ok": True}
    """
).lstrip()


OURS_IS_OLDER = sys.version_info < (3, 12)


def test_lines_newer_than_our_python_are_blanked_and_the_rest_is_read(tmp_path: Path) -> None:
    module, blanked = parse_tolerant(NEWER, "main.py")
    lines = NEWER.splitlines()
    words = [lines[n - 1].split()[0] for n in blanked]
    assert words == (["type", "def", "return"] if OURS_IS_OLDER else [])
    names = {getattr(node, "name", None) for node in module.body}
    assert {"read", "health"} <= names  # the lines after a blanked one are read as written
    (tmp_path / "main.py").write_text(NEWER, encoding="utf-8")
    facts = discover(tmp_path)
    assert facts.app is not None and facts.app.file == "main.py"
    assert {r.path for r in facts.routes} == {"/todos/{todo_id}", "/health"}
    read = next(r for r in facts.routes if r.path == "/todos/{todo_id}")
    assert lines[read.line - 1].startswith(("@app.get", "def read"))  # line numbers kept
    noted = [p for p in facts.problems if "use syntax the grader's Python" in p]
    shown = ", ".join(map(str, blanked))
    assert [p.split(" use ")[0] for p in noted] == ([f"main.py: line(s) {shown}"] if blanked else [])


def test_a_file_that_is_not_python_still_raises() -> None:
    with pytest.raises(SyntaxError):
        parse_tolerant("this is : not ( python\n" * 30, "notes.py")


def test_code_written_for_a_newer_python_asks_for_one(tmp_path: Path) -> None:
    """No file names a version, but a line only Python 3.12 reads does: the interpreter the
    build picks is 3.12 or newer, and the report says which line asked."""
    (tmp_path / "main.py").write_text(NEWER, encoding="utf-8")
    spec = discover(tmp_path).dependencies.python
    assert spec.preferred == "3.12"
    assert spec.preferred_source is not None and spec.preferred_source.startswith("main.py:")
    assert "syntax new in Python 3.12" in spec.preferred_source


def test_a_plain_syntax_error_asks_for_no_version(tmp_path: Path) -> None:
    (tmp_path / "main.py").write_text("from fastapi import FastAPI\napp = FastAPI(\n", "utf-8")
    (tmp_path / "other.py").write_text("def broken(:\n    pass\n", encoding="utf-8")
    assert discover(tmp_path).dependencies.python.preferred is None


def test_a_file_too_new_to_read_at_all_still_asks_for_a_newer_python(tmp_path: Path) -> None:
    """Thirty f-strings that reuse their quotes: more lines than blanking will take, so the
    file is skipped, and its first refused line is still the version signal."""
    lines = ["def test_urls(client):"] + [
        f"    client.get(f'/items/{{item.json()['id']}}/{n}')" for n in range(30)
    ]
    (tmp_path / "test_items.py").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (tmp_path / "main.py").write_text("from fastapi import FastAPI\napp = FastAPI()\n")
    spec = discover(tmp_path).dependencies.python
    assert spec.preferred == "3.12" and spec.preferred_source == (
        "test_items.py:2 (syntax new in Python 3.12)"
    )


def test_a_typing_typed_dict_pydantic_reads_asks_for_python_3_12(tmp_path: Path) -> None:
    """pydantic refuses a `typing.TypedDict` before 3.12 (fresh bw47-01 exited at start-up on
    3.11): one named by a `response_model=` asks for 3.12; one that only types a plain service
    function (a held-out case's `attrs: PostAttrs`), or typing_extensions' own, asks for none."""
    core = (
        "from typing import TypedDict\n\n\n"
        "class TodoOut(TypedDict):\n    id: int\n    title: str\n\n\n"
        "def add(attrs: TodoOut) -> TodoOut:\n    return attrs\n"
    )
    (tmp_path / "core.py").write_text(core, encoding="utf-8")
    plain = "from fastapi import FastAPI\n\nfrom core import TodoOut\n\napp = FastAPI()\n"
    (tmp_path / "main.py").write_text(plain, encoding="utf-8")
    assert discover(tmp_path).dependencies.python.preferred is None
    served = plain + '\n\n@app.get("/todos", response_model=list[TodoOut])\ndef todos():\n    return []\n'
    (tmp_path / "main.py").write_text(served, encoding="utf-8")
    spec = discover(tmp_path).dependencies.python
    assert spec.preferred == "3.12" and spec.preferred_source == (
        "core.py:4 (a typing.TypedDict pydantic reads from Python 3.12 on)"
    )
    (tmp_path / "core.py").write_text(
        core.replace("from typing import", "from typing_extensions import"), encoding="utf-8"
    )
    assert discover(tmp_path).dependencies.python.preferred is None


@pytest.mark.parametrize(
    ("route", "asks"),
    [
        ('@app.post("/todos")\ndef add(todo: TodoOut) -> None:\n    pass\n', True),
        ('@app.get("/todos")\ndef todos() -> list[TodoOut]:\n    return []\n', True),
        ("class Page(BaseModel):\n    items: list[TodoOut]\n", True),
        ('@app.get("/todos")\ndef todos(me: TodoOut = Depends(who)) -> None:\n    pass\n', False),
        ("class Row(models.Model):\n    item: TodoOut\n", False),
    ],
)
def test_where_pydantic_reads_a_typed_dict(tmp_path: Path, route: str, asks: bool) -> None:
    """A body, a return or a pydantic model's field is read by pydantic; a dependency's value
    is not (FastAPI hands it over as the function returned it), nor a Django model's field."""
    head = (
        "from typing import TypedDict\n\nfrom fastapi import Depends, FastAPI\n"
        "from pydantic import BaseModel\n\napp = FastAPI()\n\n\n"
        "class TodoOut(TypedDict):\n    id: int\n\n\n"
    )
    (tmp_path / "main.py").write_text(head + route, encoding="utf-8")
    assert (discover(tmp_path).dependencies.python.preferred == "3.12") is asks
