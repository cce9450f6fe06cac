"""From scenario results to findings: what counts as proof, and what is the probe's own failure."""

from __future__ import annotations

from grader.phases.conformance import conformance_findings
from probes.conformance_results import ConformanceResult, Scenario


def _scenario(sid: str, got: str, expected: str = "422", method: str = "GET") -> Scenario:
    return {
        "id": sid, "title": sid, "status": "fail", "method": method, "path": "/todos",
        "url_path": "/todos", "expected": expected, "got": got, "curl": "curl x", "detail": "",
    }  # fmt: skip


def _result(*scenarios: Scenario) -> ConformanceResult:
    return {
        "kind": "todo", "resource": "/todos", "auth": "oauth2_password: POST /token -> 401",
        "scenarios": list(scenarios), "seconds": 1.0, "error": None,
    }  # fmt: skip


def test_refusals_of_the_probe_are_listed_not_charged() -> None:
    findings = conformance_findings(
        _result(
            _scenario("create", "401", "201", "POST"),
            _scenario("pagination-huge-limit", "401"),
            _scenario("read-missing", "401", "404"),
        )
    )
    assert [f.rule for f in findings] == ["CONF-UNVERIFIED"]
    assert "create, pagination-huge-limit, read-missing" in findings[0].detail


def test_a_401_is_no_proof_of_an_unbounded_page_but_a_2xx_is() -> None:
    (refused,) = conformance_findings(_result(_scenario("pagination-huge-limit", "401")))
    assert refused.rule == "CONF-PAGINATION-HUGE-LIMIT" and not refused.proven
    (served,) = conformance_findings(_result(_scenario("pagination-huge-limit", "200")))
    assert served.proven and served.flag is not None
