"""Metrics on hand-made reports: every expected number here was counted by hand."""

from __future__ import annotations

import pytest

from grader.calibration.labels import PublicRepo, SecondOpinion
from grader.calibration.metrics import (
    average_ranks,
    calibrate,
    evidence_stats,
    flag_stats,
    rule_stats,
    same_file,
    spearman,
)
from grader.calibration.models import Thresholds
from grader.models import Location, RedFlag, Severity
from tests.unit.calibration.builders import (
    PERF,
    SEC,
    TEST,
    finding,
    label,
    outcome,
    report,
)


def _stats(outcomes: list, flag: RedFlag):  # type: ignore[no-untyped-def]
    return next(s for s in flag_stats(outcomes) if s.flag == flag)


def test_confusion_counts_per_flag() -> None:
    outcomes = [
        outcome("tp", label({SEC}), report([finding("CONF-AUTHENTICATION", SEC)])),
        outcome("fp", label(), report([finding("CONF-AUTHENTICATION", SEC)])),
        outcome("fn", label({SEC}), report()),
        outcome("tn1", label(), report()),
        outcome("tn2", label(), report()),
        outcome("not-graded", label({SEC}), None),  # no report: counted nowhere
    ]
    sec = _stats(outcomes, SEC)
    assert (sec.tp, sec.fp, sec.fn, sec.tn) == (1, 1, 1, 2)
    assert sec.precision == 0.5 and sec.recall == 0.5


def test_info_findings_do_not_raise_and_not_assessed_is_kept_apart() -> None:
    outcomes = [
        outcome("a", label({PERF}), report(not_assessed={PERF})),
        outcome("b", label(), report(not_assessed={PERF})),
        outcome("c", label(), report(not_assessed={PERF})),
        outcome("d", label({PERF}), report([finding("PERF-N-PLUS-ONE", PERF)])),
        outcome(
            "e",
            label(),
            report(
                [finding("ASYNC-STATIC-NO-AWAIT", RedFlag.ASYNC_CONFUSION, severity=Severity.INFO)]
            ),
        ),
    ]
    perf = _stats(outcomes, PERF)
    assert (perf.tp, perf.fp, perf.fn, perf.tn) == (1, 0, 0, 1)
    assert (perf.not_assessed_true, perf.not_assessed_false) == (1, 2)
    assert perf.precision == 1.0 and perf.recall == 1.0
    asyncs = _stats(outcomes, RedFlag.ASYNC_CONFUSION)
    assert (asyncs.tp, asyncs.fp, asyncs.tn) == (0, 0, 5)
    assert asyncs.precision is None and asyncs.recall is None  # never raised, no positive


def test_rules_count_findings_in_right_and_wrong_flags() -> None:
    auth = finding("CONF-AUTHENTICATION", SEC)
    outcomes = [
        outcome("right", label({SEC}), report([auth, finding("CONF-OTHER-USER-READ", SEC)])),
        outcome("wrong", label(), report([finding("CONF-AUTHENTICATION", SEC, "x.py", 3)])),
        outcome(
            "twice", label({SEC}), report([auth, finding("CONF-AUTHENTICATION", SEC, "y.py", 1)])
        ),
        outcome(
            "info",
            label(),
            report(
                [
                    finding(
                        "DOCS-NO-ROUTE-SUMMARIES",
                        RedFlag.DOCUMENTATION_NEGLECT,
                        severity=Severity.INFO,
                    )
                ]
            ),
        ),
        outcome("unflagged", label(), report([finding("BUILD-FAILED", None)])),
    ]
    rules = {r.rule: r for r in rule_stats(outcomes)}
    assert set(rules) == {"CONF-AUTHENTICATION", "CONF-OTHER-USER-READ", "DOCS-NO-ROUTE-SUMMARIES"}
    auth_stats = rules["CONF-AUTHENTICATION"]
    assert (auth_stats.fired, auth_stats.cases) == (4, 3)
    assert (auth_stats.in_correct_flag, auth_stats.in_wrong_flag) == (3, 1)
    docs = rules["DOCS-NO-ROUTE-SUMMARIES"]
    assert (docs.fired, docs.in_correct_flag, docs.in_wrong_flag) == (
        1,
        0,
        0,
    )  # info: no flag raised


@pytest.mark.parametrize(
    ("reported_line", "hit"), [(42, True), (40, True), (44, True), (45, False), (39, False)]
)
def test_evidence_hits_within_two_lines_only(reported_line: int, hit: bool) -> None:
    lab = label({SEC}, evidence=[(SEC, "app/main.py", 42)])
    rep = report([finding("SEC-PLAINTEXT", SEC, "app/main.py", reported_line)])
    stats = evidence_stats([outcome("c", lab, rep)])
    assert (stats.hits, stats.total) == ((1, 1) if hit else (0, 1))
    if not hit:
        [miss] = stats.misses
        assert (miss.case, miss.file, miss.line) == ("c", "app/main.py", 42)
        assert miss.nearest == f"SEC-PLAINTEXT at line {reported_line}"


def test_evidence_needs_the_same_flag_file_and_a_severity_above_info() -> None:
    lab = label({SEC, TEST}, evidence=[(SEC, "app/main.py", 10), (TEST, "tests/test_a.py", 5)])
    rep = report(
        [
            finding("X-OTHER-FLAG", PERF, "app/main.py", 10),
            finding("X-OTHER-FILE", SEC, "app/other.py", 10),
            finding("X-INFO", SEC, "app/main.py", 10, severity=Severity.INFO),
            finding("X-NO-LINE", SEC, "app/main.py", None),
            finding("TEST-HIT", TEST, "./tests/test_a.py", 6),
        ]
    )
    stats = evidence_stats([outcome("c", lab, rep), outcome("lost", lab, None)])
    assert (stats.hits, stats.total, stats.not_graded) == (1, 2, 2)
    assert [(m.flag, m.nearest) for m in stats.misses] == [(SEC, None)]
    assert stats.rate == 0.5


def test_evidence_hits_the_related_line_a_finding_names() -> None:
    """An N+1 marks the per-item query and names the loop that repeats it: a reviewer who
    points at the loop points at the same defect."""
    lab = label({PERF}, evidence=[(PERF, "app/routes.py", 30), (PERF, "app/routes.py", 60)])
    n_plus_one = finding("PERF-N-PLUS-ONE", PERF, "app/store.py", 12).model_copy(
        update={"related": [Location(file="app/routes.py", line=31, role="the loop")]}
    )
    stats = evidence_stats([outcome("c", lab, report([n_plus_one]))])
    assert (stats.hits, stats.total) == (1, 2)
    assert [(m.line, m.nearest) for m in stats.misses] == [(60, "PERF-N-PLUS-ONE at line 31")]


def test_a_label_at_line_one_is_a_whole_file_or_an_absence() -> None:
    """ "No tests at all" labeled at app.py:1 is hit by the submission-wide finding; "these
    tests cover only happy paths" at tests/test_a.py:1 by a finding anywhere in that file."""
    lab = label(
        {TEST, SEC},
        evidence=[(TEST, "app.py", 1), (TEST, "tests/test_a.py", 1), (SEC, "app.py", 1)],
    )
    rep = report(
        [
            finding("TESTS-MISSING", TEST, None, None),
            finding("TESTS-HAPPY-PATH-ONLY", TEST, "tests/test_a.py", 30),
            finding("SEC-X", SEC, "other.py", 1),
            finding("SEC-INFO", SEC, None, None, severity=Severity.INFO),
        ]
    )
    stats = evidence_stats([outcome("c", lab, rep)])
    assert (stats.hits, stats.whole_file_hits, stats.total) == (2, 2, 3)
    assert [(m.flag, m.file) for m in stats.misses] == [(SEC, "app.py")]


def test_same_file_allows_an_unwrapped_root() -> None:
    assert same_file("backend/app/main.py", "app/main.py")
    assert same_file("./app/main.py", "app/main.py")
    assert not same_file("app/main.py", "main.py/x")
    assert not same_file("myapp/main.py", "app/main.py")


def test_average_ranks_share_ties() -> None:
    assert average_ranks([10, 20, 20, 40]) == [1, 2.5, 2.5, 4]
    assert average_ranks([3, 3, 3]) == [2, 2, 2]


def test_spearman_with_ties_matches_the_hand_computed_value() -> None:
    # scores 10,20,20,40 -> ranks 1,2.5,2.5,4; qualities 1,2,3,3 -> ranks 1,2,3.5,3.5
    # deviations (-1.5,0,0,1.5) and (-1.5,-0.5,1,1): cov 3.75, var 4.5 and 4.5, rho = 3.75/4.5
    assert spearman([10, 20, 20, 40], [1, 2, 3, 3]) == pytest.approx(5 / 6)
    assert spearman([1, 2, 3], [3, 2, 1]) == pytest.approx(-1.0)
    assert spearman([5], [1]) is None
    assert spearman([5, 5], [1, 2]) is None  # no variance in one of them


def test_calibrate_spearman_excludes_null_scores_and_groups_scores_by_quality() -> None:
    outcomes = [
        outcome("q1", label(quality=1), report(score=10)),
        outcome("q2", label(quality=2), report(score=20)),
        outcome("q3a", label(quality=3), report(score=20)),
        outcome("q3b", label(quality=3), report(score=40)),
        outcome("nulled", label(quality=5), report(score=None)),
        outcome("missing", label(quality=4), None),
    ]
    result = calibrate(outcomes)
    assert result.spearman == pytest.approx(5 / 6)
    assert result.spearman_cases == 4
    by_quality = {
        q: [(s.case, s.score) for s in scores] for q, scores in result.scores_by_quality.items()
    }
    assert by_quality == {
        1: [("q1", 10)],
        2: [("q2", 20)],
        3: [("q3a", 20), ("q3b", 40)],
        4: [],
        5: [],
    }
    [pair] = result.same_score_pairs
    assert (pair.score, pair.case_a, pair.quality_a, pair.case_b, pair.quality_b) == (
        20,
        "q2",
        2,
        "q3a",
        3,
    )


def test_same_score_with_same_quality_is_not_a_pair() -> None:
    outcomes = [
        outcome("a", label(quality=3), report(score=55)),
        outcome("b", label(quality=3), report(score=55)),
        outcome("c", label(quality=4), report(score=55.5)),
    ]
    assert calibrate(outcomes).same_score_pairs == []


def test_case_rows_name_false_positives_and_negatives() -> None:
    outcomes = [
        outcome(
            "c",
            label({SEC, TEST}, quality=2),
            report(
                [finding("PERF-UNBOUNDED-LIST", PERF), finding("CONF-AUTHENTICATION", SEC)],
                score=33.0,
                not_assessed={RedFlag.ASYNC_CONFUSION},
            ),
        ),
        outcome("gone", label(quality=4), None),
    ]
    row, gone = calibrate(outcomes).cases
    assert row.raised == [SEC, PERF] and row.labeled == [SEC, TEST]
    assert row.false_positives == [PERF] and row.false_negatives == [TEST]
    assert row.not_assessed == [RedFlag.ASYNC_CONFUSION]
    assert (row.status, row.score, row.quality) == ("graded", 33.0, 2)
    assert (gone.status, gone.reason, gone.score, gone.raised) == (
        "unavailable",
        "no mirror",
        None,
        [],
    )


def test_thresholds_check_every_flag_and_skip_undefined_ones() -> None:
    outcomes = [
        outcome(
            "a", label({SEC}, quality=1), report([finding("CONF-AUTHENTICATION", SEC)], score=10)
        ),
        outcome("b", label(quality=5), report([finding("CONF-AUTHENTICATION", SEC)], score=90)),
        outcome("c", label({TEST}, quality=3), report(score=50)),
    ]
    result = calibrate(outcomes, Thresholds(min_precision=0.9, min_recall=0.9))
    checks = {c.name: c for c in result.thresholds}
    # SEC: raised twice, right once -> precision 0.5; TEST: never raised -> no precision, recall 0
    assert set(checks) == {
        "precision security_oversights",
        "recall security_oversights",
        "recall testing_gaps",
    }
    assert not checks["precision security_oversights"].met
    assert checks["recall security_oversights"].met
    assert not checks["recall testing_gaps"].met
    assert result.passed is False
    assert calibrate(outcomes, Thresholds(min_spearman=0.9)).passed is True
    assert calibrate(outcomes, Thresholds()).passed is True


def test_a_metric_that_cannot_be_computed_does_not_meet_its_threshold() -> None:
    outcomes = [outcome("only", label(), report(score=50))]
    result = calibrate(outcomes, Thresholds(min_spearman=0.1, min_evidence=0.5, min_precision=0.9))
    checks = {c.name: c for c in result.thresholds}
    assert set(checks) == {"spearman", "evidence"}
    assert not checks["spearman"].met and checks["spearman"].actual is None
    assert "no labeled evidence" in checks["evidence"].detail
    assert result.passed is False


def test_flags_are_also_counted_per_group() -> None:
    outcomes = [
        outcome("a", label({SEC}), report([finding("CONF-AUTHENTICATION", SEC)]), group="tune"),
        outcome("b", label(), report([finding("CONF-AUTHENTICATION", SEC)]), group="test"),
    ]
    result = calibrate(outcomes)
    sec = {g: next(s for s in rows if s.flag == SEC) for g, rows in result.flags_by_group.items()}
    assert (sec["tune"].tp, sec["tune"].fp, sec["test"].tp, sec["test"].fp) == (1, 0, 0, 1)


def _public(true: set[RedFlag], second_true: set[RedFlag]) -> PublicRepo:
    return PublicRepo(
        id="someone-todo",
        repo="someone/todo",
        commit="abcdef1",
        kind="todo",
        quality=2,
        flags={flag: flag in true for flag in RedFlag},
        second=SecondOpinion(
            author="second", flags={flag: flag in second_true for flag in RedFlag}
        ),
    )


def test_a_flag_two_blind_labelers_disagree_on_is_disputed_not_counted() -> None:
    """The first labeler says security, the second does not: raising it is neither right nor
    wrong; testing, on which both agree, is counted as usual."""
    repo = _public({SEC, TEST}, {TEST})
    raised = report([finding("CONF-AUTHENTICATION", SEC), finding("TESTS-MISSING", TEST)])
    outcomes = [outcome("p", repo, raised)]
    sec, test = _stats(outcomes, SEC), _stats(outcomes, TEST)
    assert (sec.tp, sec.fp, sec.fn, sec.tn, sec.disputed) == (0, 0, 0, 0, 1)
    assert (test.tp, test.disputed) == (1, 0)
    (row,) = calibrate(outcomes).cases
    assert row.false_positives == [] and row.false_negatives == []

    missed = [outcome("p", _public({SEC}, {SEC}), report())]
    assert _stats(missed, SEC).fn == 1  # agreed: the grader missed it
