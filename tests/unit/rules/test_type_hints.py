from __future__ import annotations

from pathlib import Path

from grader.checks.registry import StaticContext
from grader.checks.rules.handlers import has_response_schema, route_handlers
from grader.discovery import discover
from tests.unit.rules.conftest import FIXTURES, RunFixture, expected, located


def test_handler_rules_fire_on_the_marked_lines_only(run_fixture: RunFixture) -> None:
    findings = run_fixture("type_hints/handlers.py")
    assert located(findings, "TYPE-HINTS-") == expected("type_hints/handlers.py")


def test_a_body_read_through_a_helper_names_the_helper_s_first_read(
    run_fixture: RunFixture,
) -> None:
    """`get_params(request)`, its request untyped: the line where it parses the body, not its
    `def` (tune bw31-03)."""
    findings = run_fixture("type_hints/handlers.py")
    (through,) = [f for f in findings if f.detail.startswith("create_from_params reads")]
    lines = (FIXTURES / "type_hints/handlers.py").read_text().splitlines()
    first = next(n for n, text in enumerate(lines, 1) if "the helper's first read" in text)
    assert [(r.line, r.role) for r in through.related] == [(first, "get_params reads request.json()")]


def test_mostly_missing_is_one_major_finding(run_fixture: RunFixture) -> None:
    findings = run_fixture("type_hints/mostly_untyped.py")
    mostly = [f for f in findings if f.rule == "TYPE-HINTS-MOSTLY-MISSING"]
    assert {(f.rule, f.line) for f in mostly} == expected("type_hints/mostly_untyped.py")
    assert mostly[0].severity == "major"
    assert "3 of 5 functions" in mostly[0].detail


def test_a_response_built_by_hand_declares_no_schema(tmp_path: Path) -> None:
    """`-> Response` (orjson bytes handed over as they are) gives OpenAPI no body schema, like
    `-> dict`; a response_class or a 204 still declares that no JSON body is expected."""
    (tmp_path / "main.py").write_text(
        "from fastapi import FastAPI, Response\n"
        "from fastapi.responses import HTMLResponse\n"
        "app = FastAPI()\n"
        "@app.get('/a')\n"
        "def a() -> Response:\n    return Response(b'{}')\n"
        "@app.get('/b', response_class=HTMLResponse)\n"
        "def b() -> HTMLResponse:\n    return HTMLResponse('<p>')\n"
        "@app.delete('/c', status_code=204)\n"
        "def c() -> Response:\n    return Response(status_code=204)\n"
    )
    ctx = StaticContext(root=tmp_path, facts=discover(tmp_path))
    schema = {h.name: has_response_schema(h) for h in route_handlers(ctx)}
    assert schema == {"a": False, "b": True, "c": True}


def test_an_untyped_parameter_on_its_own_line_is_named_there(run_fixture: RunFixture) -> None:
    """A signature over several lines: the finding marks the def and names the line of each
    untyped parameter (fresh bw66-03's reviewer pointed at `db=Depends(get_db)`)."""
    source = (FIXTURES / "type_hints" / "handlers.py").read_text(encoding="utf-8").splitlines()
    line = next(n for n, text in enumerate(source, 1) if "an untyped parameter" in text)
    (mine,) = [f for f in run_fixture("type_hints/handlers.py") if f.detail.startswith("mine:")]
    assert [(r.file, r.line, r.role) for r in mine.related] == [
        ("main.py", line, "an untyped parameter")
    ]
