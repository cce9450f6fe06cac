from __future__ import annotations

from grader.checks.registry import make_finding
from grader.grading import _with_ids
from grader.models import (
    Finding,
    Location,
    PhaseName,
    PhaseResult,
    PhaseStatus,
    RedFlag,
    RequestEvidence,
    Severity,
)
from grader.scoring import compute_score, decide_verdicts


def _phases(**status: PhaseStatus) -> list[PhaseResult]:
    return [
        PhaseResult(name=name, status=status.get(name.value, PhaseStatus.OK)) for name in PhaseName
    ]


def test_raised_flag_carries_its_evidence() -> None:
    findings = _with_ids([make_finding("DOCS-DISABLED", "docs off", file="main.py", line=3)])
    verdicts = {v.flag: v for v in decide_verdicts(findings, _phases())}
    docs = verdicts[RedFlag.DOCUMENTATION_NEGLECT]
    assert docs.status == "raised"
    assert docs.severity == "major"
    assert docs.evidence == [findings[0].id]


def test_flag_is_not_assessed_when_its_phase_was_skipped() -> None:
    verdicts = {v.flag: v for v in decide_verdicts([], _phases(load=PhaseStatus.SKIPPED))}
    perf = verdicts[RedFlag.PERFORMANCE_IGNORANCE]
    assert perf.status == "not_assessed"
    assert "load" in perf.reason


def test_info_findings_never_raise_a_flag() -> None:
    finding = make_finding("DOCS-DISABLED", "x").model_copy(update={"severity": Severity.INFO})
    verdicts = {v.flag: v for v in decide_verdicts(_with_ids([finding]), _phases())}
    assert verdicts[RedFlag.DOCUMENTATION_NEGLECT].status == "clear"


def test_server_error_lowers_the_robustness_dimension_only() -> None:
    request = RequestEvidence(
        method="DELETE", path="/notes/{id}", status=500, curl="curl -X DELETE x"
    )
    clean, _ = compute_score([], _phases())
    hurt, explanation = compute_score(
        _with_ids([make_finding("FUZZ-SERVER-ERROR", "500", request=request)]), _phases()
    )
    assert clean == 100.0
    assert hurt < clean
    dims = {d.name: d for d in explanation.dimensions}
    assert dims["robustness"].earned == 0.6
    assert dims["documentation"].earned == 1.0


def test_unmeasured_dimensions_are_left_out_not_counted_as_zero() -> None:
    score, explanation = compute_score([], _phases(load=PhaseStatus.SKIPPED))
    assert score == 100.0
    dims = {d.name: d for d in explanation.dimensions}
    assert dims["async_and_performance"].earned is None


def test_build_failure_leaves_little_to_the_dimensions_that_need_the_app() -> None:
    from grader.scoring.policy import APP_DOWN_EARNED

    score, explanation = compute_score([], _phases(build=PhaseStatus.FAILED))
    dims = {d.name: d for d in explanation.dimensions}
    assert dims["robustness"].earned == APP_DOWN_EARNED < 0.5
    clean, _ = compute_score([], _phases())
    assert score < 0.7 * clean  # an app nobody could run never looks nearly as good


def test_finding_ids_are_stable_and_unique() -> None:
    a = make_finding("DOCS-NO-README", "no readme")
    b = make_finding("DOCS-DISABLED", "docs off", file="main.py", line=3)
    first = [f.id for f in _with_ids([a, b])]
    second = [f.id for f in _with_ids([b, a])]
    assert first == second
    assert len(set(first)) == 2
    twins = _with_ids([a, a])
    assert twins[0].id != twins[1].id


def test_runtime_confirmation_absorbs_the_static_suspicion() -> None:
    from grader.scoring.settle import merge_confirmed

    static = make_finding("ASYNC-STATIC-BLOCKING-CALL", "time.sleep", file="app/main.py", line=26)
    elsewhere = make_finding("ASYNC-STATIC-BLOCKING-CALL", "open()", file="app/io.py", line=3)
    runtime = make_finding("ASYNC-LOOP-BLOCKED", "held 300 ms", file="app/main.py", line=27)
    merged = merge_confirmed([static, elsewhere, runtime])
    assert [f.rule for f in merged] == ["ASYNC-STATIC-BLOCKING-CALL", "ASYNC-LOOP-BLOCKED"]
    assert merged[0].file == "app/io.py"  # the unconfirmed one stays
    assert "Confirms ASYNC-STATIC-BLOCKING-CALL at app/main.py:26" in merged[1].detail


def test_the_lines_an_absorbed_finding_named_stay_named() -> None:
    from grader.scoring.settle import merge_confirmed

    reads = Location(file="app/store.py", line=40, role="the query that reads every row")
    static = make_finding(
        "PERF-UNBOUNDED-LIST", "every item", file="app/main.py", line=12, related=[reads]
    )
    runtime = make_finding("PERF-UNBOUNDED-LIST-MEASURED", "all 80", file="app/main.py", line=12)
    (merged,) = merge_confirmed([static, runtime])
    assert merged.rule == "PERF-UNBOUNDED-LIST-MEASURED" and merged.related == [reads]


def test_a_list_measured_whole_confirms_the_scenario_about_that_list_only() -> None:
    """The post list's pagination scenario is confirmed by the post list measured whole, at its
    route or unplaced; a post's comments measured whole stay at the comments route (tune
    bw31-03: they had moved onto the post list's line)."""
    from grader.scoring.settle import merge_confirmed

    scenario = make_finding("CONF-PAGINATION-SUPPORTED", "no limit", file="blog.py", line=154)
    comments = make_finding(
        "PERF-UNBOUNDED-LIST-MEASURED", "comments: all 40", file="blog.py", line=236
    )
    kept = merge_confirmed([scenario, comments])
    assert [(f.rule, f.line) for f in kept] == [
        ("CONF-PAGINATION-SUPPORTED", 154),
        ("PERF-UNBOUNDED-LIST-MEASURED", 236),
    ]
    posts = make_finding("PERF-UNBOUNDED-LIST-MEASURED", "posts: all 80", file="blog.py", line=154)
    (merged,) = merge_confirmed([scenario, posts])
    assert (merged.rule, merged.line) == ("PERF-UNBOUNDED-LIST-MEASURED", 154)
    unplaced = make_finding("CONF-PAGINATION-SUPPORTED", "no limit")
    (merged,) = merge_confirmed([unplaced, comments])
    assert (merged.rule, merged.line) == ("PERF-UNBOUNDED-LIST-MEASURED", 236)


def test_a_flagless_finding_does_not_take_a_flag_s_evidence_away() -> None:
    from grader.scoring.settle import merge_confirmed

    request = RequestEvidence(method="PUT", path="/todos/{id}", status=500, curl="curl -X PUT x")
    null = make_finding(
        "CONF-INVALID-NULL-UPDATE", "500", file="schemas.py", line=16, request=request
    )
    crash = make_finding("FUZZ-SERVER-ERROR", "PUT answered 500", request=request)
    assert crash.flag is None and null.flag == RedFlag.SECURITY_OVERSIGHTS
    merged = merge_confirmed([null, crash])
    assert [f.rule for f in merged] == ["CONF-INVALID-NULL-UPDATE", "FUZZ-SERVER-ERROR"]
    assert merged[0] == null
    assert merged[1].detail.endswith("Also seen as CONF-INVALID-NULL-UPDATE at schemas.py:16.")
    assert merged[1].file is None  # it does not move to the field it did not observe


def test_unlocated_runtime_finding_takes_the_static_location() -> None:
    from grader.scoring.settle import merge_confirmed

    static = make_finding("SEC-UNAUTHENTICATED-WRITES", "POST /todos", file="main.py", line=40)
    request = RequestEvidence(method="POST", path="/todos", status=201, curl="curl -X POST x")
    runtime = make_finding("SEC-DYN-UNAUTHENTICATED-MUTATION", "201 without token", request=request)
    (merged,) = merge_confirmed([static, runtime])
    assert (merged.rule, merged.file, merged.line) == (
        "SEC-DYN-UNAUTHENTICATED-MUTATION",
        "main.py",
        40,
    )


def test_a_finding_is_charged_to_one_dimension_only() -> None:
    request = RequestEvidence(method="GET", path="/x", status=200, curl="curl x")
    finding = make_finding("SEC-DYN-PASSWORD-EXPOSED", "hash in body", request=request)
    assert finding.source == "conformance" and finding.flag == RedFlag.SECURITY_OVERSIGHTS
    _, explanation = compute_score(_with_ids([finding]), _phases())
    dims = {d.name: d for d in explanation.dimensions}
    assert dims["correctness"].earned == 1.0
    assert dims["security"].earned is not None and dims["security"].earned < 1.0


def test_a_5xx_met_by_conformance_and_fuzzing_is_one_bug() -> None:
    from grader.scoring.settle import merge_confirmed

    def req(status: int) -> RequestEvidence:
        return RequestEvidence(method="DELETE", path="/notes/{note_id}", status=status, curl="c")

    fuzz = make_finding("FUZZ-SERVER-ERROR", "500", file="main.py", line=61, request=req(500))
    conf = make_finding("CONF-DELETE-MISSING", "500 instead of 404", request=req(500))
    other = make_finding("CONF-DELETE-MISSING", "200 instead of 404", request=req(200))
    merged = merge_confirmed([fuzz, conf, other])
    assert [(f.rule, f.request.status if f.request else None) for f in merged] == [
        ("FUZZ-SERVER-ERROR", 500),
        ("CONF-DELETE-MISSING", 200),
    ]


def test_no_chain_and_no_merge_without_the_same_request() -> None:
    from grader.scoring.settle import merge_confirmed

    static = make_finding("SEC-UNAUTHENTICATED-WRITES", "POST /notes", file="main.py", line=35)
    conf = make_finding("CONF-AUTHENTICATION", "201 without credentials")
    unlocated_conf = make_finding("CONF-PAGINATION-SUPPORTED", "limit ignored")
    fuzz = make_finding(
        "FUZZ-SERVER-ERROR",
        "500",
        file="main.py",
        line=61,
        request=RequestEvidence(method="DELETE", path="/notes/{id}", status=500, curl="c"),
    )
    rules = sorted(f.rule for f in merge_confirmed([static, conf, unlocated_conf, fuzz]))
    assert rules == ["CONF-AUTHENTICATION", "CONF-PAGINATION-SUPPORTED", "FUZZ-SERVER-ERROR"]


def test_a_critical_flag_costs_most_and_distinct_flags_give_distinct_scores() -> None:
    sql = make_finding("SEC-SQL-INJECTION", "f-string SQL", file="main.py", line=9)
    docs = make_finding("DOCS-DISABLED", "docs off", file="main.py", line=3)

    def score_of(findings: list[Finding]) -> float:
        ided = _with_ids(findings)
        verdicts = decide_verdicts(ided, _phases())
        return compute_score(ided, _phases(), verdicts)[0]

    clean, dangerous, both = score_of([]), score_of([sql]), score_of([sql, docs])
    assert dangerous <= clean * 0.5
    assert both < dangerous  # more flags always score lower, never the same capped number
    _, explanation = compute_score(_with_ids([sql]), _phases(), decide_verdicts([sql], _phases()))
    assert "security_oversights (critical)" in explanation.method


def _minor(code: str, file: str, line: int) -> Finding:
    return make_finding(code, "x", file=file, line=line)


def test_one_minor_static_suspicion_does_not_raise_a_flag() -> None:
    findings = _with_ids([_minor("TYPE-HINTS-HANDLER-UNANNOTATED", "app/main.py", 26)])
    verdicts = {v.flag: v for v in decide_verdicts(findings, _phases(), handlers=9)}
    typing = verdicts[RedFlag.TYPE_HINT_AVOIDANCE]
    assert typing.status == "clear"
    assert "below the pattern threshold" in typing.reason


def test_minor_static_findings_across_the_routes_raise_as_a_pattern() -> None:
    findings = _with_ids(
        [_minor("TESTS-ASSERT-CANNOT-FAIL", "tests/test_api.py", line) for line in (20, 40, 60)]
    )
    verdicts = {v.flag: v for v in decide_verdicts(findings, _phases(), handlers=9)}
    tests = verdicts[RedFlag.TESTING_GAPS]
    assert tests.status == "raised" and "pattern" in tests.reason
    few = {v.flag: v for v in decide_verdicts(findings, _phases(), handlers=30)}
    assert few[RedFlag.TESTING_GAPS].status == "clear"  # 3 of 30 handlers is no habit


def test_untyped_places_are_a_habit_at_half_the_route_handlers() -> None:
    """Helpers count as places too, so type hints need half as many places as handlers."""
    findings = _with_ids(
        [_minor("TYPE-HINTS-HELPER-UNANNOTATED", "app/db.py", line) for line in (20, 40, 60)]
    )
    verdicts = {v.flag: v for v in decide_verdicts(findings, _phases(), handlers=9)}
    assert verdicts[RedFlag.TYPE_HINT_AVOIDANCE].status == "clear"  # 3 of 9: below half
    verdicts = {v.flag: v for v in decide_verdicts(findings, _phases(), handlers=6)}
    assert verdicts[RedFlag.TYPE_HINT_AVOIDANCE].status == "raised"


def test_a_measured_minor_finding_raises_and_says_so() -> None:
    finding = make_finding("PERF-UNBOUNDED-LIST-MEASURED", "all 80 items", file="main.py", line=5)
    verdicts = {v.flag: v for v in decide_verdicts(_with_ids([finding]), _phases())}
    perf = verdicts[RedFlag.PERFORMANCE_IGNORANCE]
    assert perf.status == "raised" and "measured" in perf.reason


def test_a_linter_finding_is_read_from_the_code_not_measured() -> None:
    """ruff's second opinion alone is a suspicion like our static rules, never "measured"."""
    lint = make_finding("RUFF-ASYNC230", "open() in async def", file="main.py", line=7)
    assert lint.source == "lint"
    verdicts = {v.flag: v for v in decide_verdicts(_with_ids([lint]), _phases(), handlers=9)}
    assert verdicts[RedFlag.ASYNC_CONFUSION].status == "clear"
    assert "below the pattern threshold" in verdicts[RedFlag.ASYNC_CONFUSION].reason


def test_a_linters_count_of_untyped_parameters_is_no_habit_alone() -> None:
    """RUFF-ANN graded minor by its extent still needs a pattern: on the blind held-out cases
    and the public repositories it alone raised type hints only where authors did not."""
    lint = make_finding("RUFF-ANN", "3 untyped", file="app/auth.py", line=26, extent=3.0)
    verdicts = {v.flag: v for v in decide_verdicts(_with_ids([lint]), _phases(), handlers=9)}
    assert verdicts[RedFlag.TYPE_HINT_AVOIDANCE].status == "clear"


def test_a_secret_with_a_literal_fallback_raises_alone() -> None:
    finding = _minor("SEC-SECRET-FALLBACK", "app/config.py", 10)
    verdicts = {v.flag: v for v in decide_verdicts(_with_ids([finding]), _phases(), handlers=9)}
    security = verdicts[RedFlag.SECURITY_OVERSIGHTS]
    assert security.status == "raised" and "alone shows the habit" in security.reason


def test_a_pattern_is_as_severe_as_its_extent() -> None:
    from grader.scoring.settle import settle

    few = make_finding("DOCS-NO-RESPONSE-MODEL", "1 of 8", file="main.py", line=3, extent=0.125)
    most = make_finding("DOCS-NO-RESPONSE-MODEL", "6 of 8", file="main.py", line=3, extent=0.75)
    assert settle([few], _phases())[0].severity == Severity.INFO
    assert settle([most], _phases())[0].severity == Severity.MINOR


def test_one_bad_line_failing_on_several_routes_is_charged_once() -> None:
    from grader.scoring.settle import settle

    def server_error(method: str) -> Finding:
        request = RequestEvidence(method=method, path="/todos/{id}", status=500, curl="curl x")
        return make_finding(
            "FUZZ-SERVER-ERROR", "OverflowError", file="app/db.py", line=12, request=request,
            title=f"{method} /todos/{{id}}: server error 500",
        )  # fmt: skip

    settled = settle([server_error("GET"), server_error("DELETE")], _phases())
    assert len(settled) == 1
    assert "DELETE /todos/{id}" in settled[0].detail and settled[0].extent == 2


def test_a_malformed_payload_that_crashed_joins_security_but_never_raises_it_alone() -> None:
    request = RequestEvidence(method="PATCH", path="/todos/{id}", status=500, curl="curl x")
    crash = make_finding(
        "CONF-INVALID-NULL-UPDATE", "got 500", file="app/schemas.py", line=9, request=request
    )
    alone = {v.flag: v for v in decide_verdicts(_with_ids([crash]), _phases(), handlers=9)}
    assert alone[RedFlag.SECURITY_OVERSIGHTS].status == "clear"
    # stored as sent (a 2xx) is proof enough on its own
    stored = crash.model_copy(update={"request": request.model_copy(update={"status": 200})})
    verdicts = {v.flag: v for v in decide_verdicts(_with_ids([stored]), _phases(), handlers=9)}
    assert verdicts[RedFlag.SECURITY_OVERSIGHTS].status == "raised"
    # beside another finding of the flag, the crash is part of the evidence
    secret = _minor("SEC-SECRET-FALLBACK", "app/config.py", 10)
    both = _with_ids([crash, secret])
    verdicts = {v.flag: v for v in decide_verdicts(both, _phases(), handlers=9)}
    raised = verdicts[RedFlag.SECURITY_OVERSIGHTS]
    assert raised.status == "raised" and len(raised.evidence) == 2


def test_a_page_size_without_a_maximum_supports_performance_but_never_raises_it_alone() -> None:
    uncapped = make_finding("PERF-PAGE-SIZE-UNCAPPED", "all 160", file="app/main.py", line=20)
    assert uncapped.source == "load"
    alone = {v.flag: v for v in decide_verdicts(_with_ids([uncapped]), _phases(), handlers=9)}
    assert alone[RedFlag.PERFORMANCE_IGNORANCE].status == "clear"
    sliced = _minor("PERF-PAGE-SLICED-IN-PYTHON", "app/main.py", 40)
    both = {
        v.flag: v for v in decide_verdicts(_with_ids([uncapped, sliced]), _phases(), handlers=9)
    }
    raised = both[RedFlag.PERFORMANCE_IGNORANCE]
    assert raised.status == "raised" and len(raised.evidence) == 2


def test_a_stall_of_a_second_is_critical_and_a_hash_in_async_def_is_major() -> None:
    """bcrypt in `async def` stalls the loop 150-600 ms: one habit, one severity, whatever the
    machine's load; a stall of a second or more is an outage for every other user."""
    from grader.scoring.policy import settle_severity

    def stall(ms: float) -> Severity:
        finding = make_finding("ASYNC-LOOP-BLOCKED", "x", file="main.py", line=3, extent=ms)
        return settle_severity(finding).severity

    assert [stall(ms) for ms in (150, 227, 595)] == [Severity.MAJOR] * 3
    assert stall(1006) == Severity.CRITICAL


def _suite_that_failed() -> list[Finding]:
    return [
        make_finding("TESTS-FAILING", "0 failed and 3 errored out of 3 (true outcomes)."),
        make_finding("TESTS-NO-ERROR-PATH", "The tests sent 0 request(s); none got a 4xx answer."),
        make_finding("TESTS-HAPPY-PATH-ONLY", "no test asserts an error", file="t.py", line=3),
    ]


def test_a_suite_failing_where_the_app_did_not_start_is_shown_not_charged() -> None:
    """The same missing server or setting most likely stopped both: the measured results are
    informational and testing_gaps is not assessed, unless the code alone shows the gap."""
    from grader.scoring.settle import settle

    phases = _phases(start=PhaseStatus.FAILED)
    settled = settle(_suite_that_failed()[:2], phases)
    assert {f.severity for f in settled} == {Severity.INFO}
    assert all("Not charged: the app did not start here" in f.detail for f in settled)
    verdicts = {v.flag: v for v in decide_verdicts(_with_ids(settled), phases)}
    assert verdicts[RedFlag.TESTING_GAPS].status == "not_assessed"
    assert (
        "the candidate's suite failed too (TESTS-FAILING)" in verdicts[RedFlag.TESTING_GAPS].reason
    )

    # a gap read from the test code itself still raises the flag
    read = settle(_suite_that_failed(), phases)
    verdicts = {v.flag: v for v in decide_verdicts(_with_ids(read), phases)}
    assert verdicts[RedFlag.TESTING_GAPS].status == "raised"
    assert "TESTS-HAPPY-PATH-ONLY" in verdicts[RedFlag.TESTING_GAPS].reason


def test_a_suite_failing_beside_an_app_that_started_is_charged() -> None:
    from grader.scoring.settle import settle

    phases = _phases()
    settled = settle(_suite_that_failed()[:2], phases)
    assert Severity.MAJOR in {f.severity for f in settled}
    verdicts = {v.flag: v for v in decide_verdicts(_with_ids(settled), phases)}
    assert verdicts[RedFlag.TESTING_GAPS].status == "raised"


def test_a_negative_page_bound_supports_security_but_never_raises_it_alone() -> None:
    request = RequestEvidence(method="GET", path="/todos", status=200, curl="curl x")
    negative = make_finding("CONF-PAGINATION-NEGATIVE-LIMIT", "limit=-1", request=request)
    alone = {v.flag: v for v in decide_verdicts(_with_ids([negative]), _phases())}
    assert alone[RedFlag.SECURITY_OVERSIGHTS].status == "clear"
    hash_too = _with_ids(
        [negative, make_finding("SEC-WEAK-PASSWORD-HASH", "md5", file="a.py", line=3)]
    )
    raised = {v.flag: v for v in decide_verdicts(hash_too, _phases())}[RedFlag.SECURITY_OVERSIGHTS]
    assert raised.status == "raised" and len(raised.evidence) == 2


def test_a_count_taken_by_reading_every_row_raises_performance_alone() -> None:
    """`len(session.scalars(select(Todo)).all())` for a page's total (fresh bw45-03): every
    row read to answer one number, like a page cut from every row."""
    counted = _minor("PERF-COUNT-IN-PYTHON", "todo_service/routers/todos.py", 42)
    verdicts = {v.flag: v for v in decide_verdicts(_with_ids([counted]), _phases(), handlers=9)}
    perf = verdicts[RedFlag.PERFORMANCE_IGNORANCE]
    assert perf.status == "raised" and "PERF-COUNT-IN-PYTHON" in perf.reason
