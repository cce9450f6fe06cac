"""What the load probe's numbers say about the submission: findings placed at the routes."""

from __future__ import annotations

from grader.discovery import ProjectFacts
from grader.discovery.facts import RouteInfo
from grader.phases.load import load_findings, load_metrics
from probes.load_results import ListScaling, LoadResult, empty_load_result

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
