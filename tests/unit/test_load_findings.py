"""What the load probe's numbers say about the submission: findings placed at the routes."""

from __future__ import annotations

import textwrap
from pathlib import Path

from grader.discovery import ProjectFacts, discover
from grader.discovery.facts import RouteInfo
from grader.phases.body_fields import BodyFields
from grader.phases.load import load_findings, load_metrics
from probes.load_results import (
    EndpointStats,
    LatencyStats,
    ListScaling,
    ListSize,
    LoadResult,
    empty_load_result,
)

COMMENTS = RouteInfo(
    method="GET",
    path="/posts/{post_id}/comments",
    function="list_comments",
    is_async=False,
    file="app/routes/comments.py",
    line=31,
)


def _nested(unbounded: bool, honoured: bool | None) -> LoadResult:
    result = empty_load_result(4)
    scaling: ListScaling = {
        "n": 10,
        "latency_n_ms": 2.0,
        "four_n": 40 if unbounded else 10,
        "latency_4n_ms": 3.0,
        "created": 40,
        "unbounded": unbounded,
        "limit_param": "limit",
        "default_limit": None,
        "limit_honoured": honoured,
        "sizes": [
            {"stored": 10, "returned": 10, "latency_ms": 2.0},
            {"stored": 40, "returned": 40 if unbounded else 10, "latency_ms": 3.0},
        ],
    }
    result["nested_resource"] = COMMENTS.path
    result["nested_scaling"] = scaling
    result["authors"] = 6
    return result


def test_a_posts_comments_served_whole_are_an_unbounded_list_at_their_route() -> None:
    facts = ProjectFacts(routes=[COMMENTS])
    (finding,) = load_findings(_nested(unbounded=True, honoured=False), facts)
    assert finding.rule == "PERF-UNBOUNDED-LIST-MEASURED"
    assert (finding.file, finding.line) == ("app/routes/comments.py", 31)
    assert "returned all 40 items added under one parent" in finding.detail
    metrics = load_metrics(_nested(unbounded=True, honoured=False))
    assert metrics["load.nested.sizes"] == "10:10,40:40" and metrics["load.authors"] == 6


def test_comments_that_page_or_honour_a_limit_are_not_charged() -> None:
    facts = ProjectFacts(routes=[COMMENTS])
    assert load_findings(_nested(unbounded=False, honoured=None), facts) == []
    assert load_findings(_nested(unbounded=True, honoured=True), facts) == []


def test_a_post_that_embeds_every_comment_is_unbounded_at_its_route_and_field(
    tmp_path: Path,
) -> None:
    (tmp_path / "main.py").write_text(
        textwrap.dedent(
            """
            from fastapi import FastAPI
            from pydantic import BaseModel

            app = FastAPI()


            class CommentOut(BaseModel):
                body: str


            class PostOut(BaseModel):
                id: int
                comments: list[CommentOut]


            @app.get("/posts/{post_id}", response_model=PostOut)
            def read_post(post_id: int):
                return {}
            """
        )
    )
    facts = discover(tmp_path)
    result = _nested(unbounded=False, honoured=None)
    result["nested_embedded"] = [{"path": "/posts/{post_id}", "key": "comments", "count": 40}]
    (finding,) = load_findings(result, facts, BodyFields(facts, tmp_path))
    assert finding.rule == "PERF-UNBOUNDED-LIST-MEASURED"
    assert (finding.file, finding.line) == ("main.py", 18)
    assert [(r.file, r.line) for r in finding.related] == [("main.py", 14)]
    assert "embeds all 40 items" in finding.detail and "'comments'" in finding.detail


def test_a_list_measured_unbounded_names_where_it_reads_every_row(tmp_path: Path) -> None:
    (tmp_path / "main.py").write_text(
        textwrap.dedent(
            """
            from fastapi import FastAPI

            app = FastAPI()
            TODOS: dict[int, dict] = {}


            @app.get("/todos")
            def list_todos(owner: str = ""):
                return [t for t in TODOS.values() if t["owner"] == owner]  # every row
            """
        )
    )
    facts = discover(tmp_path)
    result = empty_load_result(4)
    result["resource"] = "/todos"
    result["list_scaling"] = _nested(unbounded=True, honoured=False)["nested_scaling"]
    (finding,) = load_findings(result, facts, BodyFields(facts, tmp_path))
    assert finding.rule == "PERF-UNBOUNDED-LIST-MEASURED" and finding.line == 9
    assert [(r.file, r.line, r.role) for r in finding.related] == [
        ("main.py", 10, "the query that reads every row")
    ]


def test_a_page_size_without_a_maximum_is_charged_where_it_is_declared(tmp_path: Path) -> None:
    """The default page holds 50 of 160, `?limit=1600` all 160: placed at the list route, with
    the handler's `limit` parameter (where `le=` belongs) as a related line."""
    (tmp_path / "main.py").write_text(
        "from fastapi import FastAPI, Query\n"
        "app = FastAPI()\n"
        "@app.get('/todos')\n"
        "def list_todos(\n"
        "    limit: int = Query(50, ge=1),\n"
        "    offset: int = Query(0, ge=0),\n"
        ") -> list[int]:\n"
        "    return []\n"
    )
    facts = discover(tmp_path)
    result = empty_load_result(16)
    result["resource"], result["seeded"] = "/todos", 10
    sizes: list[ListSize] = [
        {"stored": n, "returned": min(n, 50), "latency_ms": 2.0} for n in (20, 80, 160)
    ]
    scaling: ListScaling = {
        "n": 20, "latency_n_ms": 2.0, "four_n": 50, "latency_4n_ms": 2.0, "created": 60,
        "unbounded": False, "limit_param": "limit", "default_limit": None,
        "limit_honoured": True, "sizes": sizes, "limit_uncapped": 160,
    }  # fmt: skip
    result["list_scaling"] = scaling
    (finding,) = load_findings(result, facts, BodyFields(facts, tmp_path))
    assert finding.rule == "PERF-PAGE-SIZE-UNCAPPED"
    assert (finding.file, finding.line) == ("main.py", 4)
    assert "?limit=1600 returned 160" in finding.detail
    assert [(r.file, r.line) for r in finding.related] == [("main.py", 5)]
    scaling["limit_uncapped"] = None
    assert load_findings(result, facts, BodyFields(facts, tmp_path)) == []
    # a handler reading the query string itself: the line that reads the page size (bw57-05)
    (tmp_path / "main.py").write_text(
        "from fastapi import FastAPI, Request\n"
        "app = FastAPI()\n"
        "@app.get('/todos')\n"
        "async def list_todos(request: Request) -> list[int]:\n"
        "    offset = int(request.query_params.get('offset', 0))\n"
        "    limit = int(request.query_params.get('limit', 50))\n"
        "    return []\n"
    )
    facts = discover(tmp_path)
    scaling["limit_uncapped"] = 160
    (finding,) = load_findings(result, facts, BodyFields(facts, tmp_path))
    assert [(r.file, r.line, r.role) for r in finding.related] == [
        ("main.py", 6, "limit is read here")
    ]


def test_a_list_never_grown_says_so_with_the_refused_create() -> None:
    """Every create refused: no latency at sizes, no SQL per request. The report lists why,
    uncharged, instead of a silently missing measurement (tune bw31-03)."""
    route = RouteInfo(
        method="GET", path="/posts", function="list_posts", is_async=True, file="blog.py", line=9
    )
    result = empty_load_result(4)
    result["resource"] = "/posts"
    result["errors"] = ['create /posts answered 400 {"error": "title required"}']
    (finding,) = load_findings(result, ProjectFacts(routes=[route]))
    assert (finding.rule, finding.flag, finding.severity.value) == (
        "LOAD-NOTHING-CREATED",
        None,
        "info",
    )
    assert (finding.file, finding.line) == ("blog.py", 9)
    assert finding.detail.endswith('create /posts answered 400 {"error": "title required"}')
    result["seeded"] = 3
    assert load_findings(result, ProjectFacts(routes=[route])) == []


def _swarmed_create(settled: list[int | None] | None) -> LoadResult:
    """Creates that never failed one at a time and mostly failed in the swarm."""
    result = empty_load_result(16)
    result["resource"], result["seeded"] = "/todos", 10
    calm: LatencyStats = {"requests": 30, "failures": 0, "rps": 50.0, "p50_ms": 3.0,
                          "p95_ms": 5.0, "p99_ms": 6.0}
    busy: LatencyStats = {"requests": 1144, "failures": 1100, "rps": 400.0, "p50_ms": 4.0,
                          "p95_ms": 9.0, "p99_ms": 12.0}
    endpoint: EndpointStats = {"name": "create", "method": "POST", "path": "/todos",
                               "sequential": calm, "concurrent": busy}
    if settled is not None:
        endpoint["settled"] = settled
    result["endpoints"] = [endpoint]
    return result


def test_failures_under_load_count_only_when_the_request_succeeds_alone_again() -> None:
    """Refused alone too (a 507 "table full", fresh bw41-02's 256 todos per user), the swarm's
    failures are the app's state; still failing by crashing or not answering, or answering
    again alone, they are concurrency's."""
    create = RouteInfo(
        method="POST", path="/todos", function="create_todo", is_async=True, file="main.py",
        line=177,
    )
    facts = ProjectFacts(routes=[create])

    def rules(settled: list[int | None] | None) -> list[str]:
        return [f.rule for f in load_findings(_swarmed_create(settled), facts)]

    assert rules([507, 507, 507]) == []
    assert rules([429, 403, 507]) == []
    broken: list[list[int | None] | None] = [
        None, [201, 201, 201], [500, 500, 500], [None, None, None], [507, 500, 507], [503] * 3
    ]
    for settled in broken:
        assert rules(settled) == ["PERF-ERRORS-UNDER-LOAD"], settled


def test_a_page_size_honoured_only_when_asked_is_charged_as_uncapped(tmp_path: Path) -> None:
    """`limit=None`, then `if limit: sql += " LIMIT ..."` (tune bw39-02): ?limit=5 is honoured,
    but a request that does not ask reads every row. The same finding as a page size without a
    maximum, at the handler's `limit`; a list with a default page has nothing of it."""
    (tmp_path / "main.py").write_text(
        "from fastapi import FastAPI\n"
        "app = FastAPI()\n"
        "@app.get('/posts')\n"
        "async def list_posts(limit=None, offset=0):\n"
        "    return []\n"
    )
    facts = discover(tmp_path)
    result = empty_load_result(16)
    result["resource"], result["seeded"] = "/posts", 10
    sizes: list[ListSize] = [{"stored": n, "returned": n, "latency_ms": 2.0} for n in (20, 80, 160)]
    scaling: ListScaling = {
        "n": 20, "latency_n_ms": 2.0, "four_n": 80, "latency_4n_ms": 2.0, "created": 60,
        "unbounded": True, "limit_param": "limit", "default_limit": None,
        "limit_honoured": True, "sizes": sizes, "limit_uncapped": None,
    }  # fmt: skip
    result["list_scaling"] = scaling
    (finding,) = load_findings(result, facts, BodyFields(facts, tmp_path))
    assert finding.rule == "PERF-PAGE-SIZE-UNCAPPED"
    assert "returned all 80 items when no page size was asked" in finding.detail
    assert [(r.file, r.line) for r in finding.related] == [("main.py", 4)]
    scaling["unbounded"] = False
    assert load_findings(result, facts, BodyFields(facts, tmp_path)) == []
