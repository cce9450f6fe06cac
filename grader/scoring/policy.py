"""The flag policy: which evidence raises which red flag, and what a finding costs.

This is the one module a reviewer reads to know why a flag was raised. Rules only observe
(a line of code, a request that broke, a count); this module decides:

1. how severe a finding of a pattern is, from its extent (`SEVERITY_BY_EXTENT`);
2. which findings are evidence for a flag at all (`is_evidence`);
3. when evidence is enough to raise the flag (`raises`), and why, in words (`explain`);
4. which phases must have run before a flag may be called clear (`FLAG_PHASES`);
5. what each severity costs the score, and the cap for dangerous submissions.

`grade rules` prints `describe()`, so the policy the code applies is the policy shown.
"""

from __future__ import annotations

from dataclasses import dataclass

from grader.models import Finding, PhaseName, PhaseResult, PhaseStatus, RedFlag, Severity


@dataclass(frozen=True)
class Step:
    """Above `above` (a count or a share, the finding's extent), the finding is `severity`."""

    above: float
    severity: Severity


@dataclass(frozen=True)
class ExtentLadder:
    measure: str
    steps: tuple[Step, ...]  # highest threshold first

    def severity(self, extent: float) -> Severity | None:
        """The first step the extent is over; the lowest step is also the floor (an extent of
        0, say a file whose only missing hints are return types, is that step's severity)."""
        for step in self.steps:
            if extent > step.above:
                return step.severity
        return self.steps[-1].severity if self.steps else None


SABOTAGE_RULE = "TESTS-PASS-ON-BROKEN-APP"
# Patterns, not single slips: a finding of these rules is as severe as its extent says.
SEVERITY_BY_EXTENT: dict[str, ExtentLadder] = {
    "RUFF-ANN": ExtentLadder(
        "untyped parameters in one file", (Step(2, Severity.MINOR), Step(0, Severity.INFO))
    ),
    # A stall of a second or more is an outage for everyone else; shorter ones (a bcrypt hash
    # in `async def`, 150 to 600 ms on these machines) are the common, major habit. At 200 ms the
    # line cut through that one habit, and the same submission flipped between major and
    # critical from run to run with the machine's load (bw1-04: 181 ms, then 5013 ms).
    "ASYNC-LOOP-BLOCKED": ExtentLadder(
        "the longest stall, in ms", (Step(999.99, Severity.CRITICAL), Step(0, Severity.MAJOR))
    ),
    "DOCS-NO-RESPONSE-MODEL": ExtentLadder(
        "share of the API's routes with neither a response schema nor a summary or docstring",
        (Step(0.5, Severity.MINOR), Step(0, Severity.INFO)),
    ),
    "TESTS-HOLLOW": ExtentLadder(
        "share of the tests that assert nothing a wrong answer would fail",
        (Step(0.5, Severity.MAJOR), Step(0.25, Severity.MINOR), Step(0, Severity.INFO)),
    ),
    # The sabotage run (grader/phases/sabotage.py): a suite in which nearly no test that calls
    # the app notices every handler answering 500 proves nothing about the app; one in which a
    # few negative tests (`!= 200`) do not notice is a good suite with a habit worth a mention.
    SABOTAGE_RULE: ExtentLadder(
        "share of the tests calling the app that still passed when every handler answered 500",
        (Step(0.9, Severity.MAJOR), Step(0.5, Severity.MINOR), Step(0, Severity.INFO)),
    ),
    "TESTS-UNTOUCHED-OPERATIONS": ExtentLadder(
        "share of the app's operations no test calls",
        (Step(0.5, Severity.MINOR), Step(0, Severity.INFO)),
    ),
}

# The phases whose measurements a flag's "clear" depends on.
FLAG_PHASES: dict[RedFlag, tuple[PhaseName, ...]] = {
    RedFlag.ASYNC_CONFUSION: (PhaseName.STATIC, PhaseName.BLOCKING),
    RedFlag.TYPE_HINT_AVOIDANCE: (PhaseName.STATIC,),
    RedFlag.SECURITY_OVERSIGHTS: (PhaseName.STATIC, PhaseName.CONFORMANCE),
    RedFlag.DOCUMENTATION_NEGLECT: (PhaseName.STATIC, PhaseName.FUZZ),
    RedFlag.TESTING_GAPS: (PhaseName.CANDIDATE_TESTS,),
    RedFlag.PERFORMANCE_IGNORANCE: (PhaseName.LOAD,),
}


@dataclass(frozen=True)
class Dimension:
    name: str
    weight: float
    phases: tuple[PhaseName, ...]
    sources: tuple[str, ...] = ()
    flags: tuple[RedFlag, ...] = ()
    needs_running_app: bool = False

    def takes(self, finding: Finding) -> bool:
        """A finding is charged to one dimension: the one owning its red flag, else its source."""
        if finding.flag is not None and any(finding.flag in d.flags for d in DIMENSIONS):
            return finding.flag in self.flags
        return finding.source in self.sources


DIMENSIONS = (
    Dimension(
        "correctness", 25, (PhaseName.CONFORMANCE,), ("conformance",), needs_running_app=True
    ),
    Dimension("robustness", 15, (PhaseName.FUZZ,), ("fuzz",), needs_running_app=True),
    Dimension(
        "async_and_performance",
        15,
        (PhaseName.LOAD, PhaseName.BLOCKING),
        ("load", "blocking"),
        (RedFlag.ASYNC_CONFUSION, RedFlag.PERFORMANCE_IGNORANCE),
        needs_running_app=True,
    ),
    Dimension(
        "security",
        15,
        (PhaseName.STATIC, PhaseName.CONFORMANCE),
        (),
        (RedFlag.SECURITY_OVERSIGHTS,),
    ),
    Dimension("typing", 10, (PhaseName.STATIC,), (), (RedFlag.TYPE_HINT_AVOIDANCE,)),
    Dimension(
        "tests", 10, (PhaseName.CANDIDATE_TESTS,), ("candidate_tests",), (RedFlag.TESTING_GAPS,)
    ),
    Dimension("documentation", 10, (PhaseName.STATIC,), (), (RedFlag.DOCUMENTATION_NEGLECT,)),
)


# What a finding costs the dimension it is charged to (each dimension starts at 1).
PENALTY = {Severity.INFO: 0.0, Severity.MINOR: 0.15, Severity.MAJOR: 0.4, Severity.CRITICAL: 0.8}
# What the dimensions that need a running app earn when it did not build or start. Not zero: a
# reviewer holds a typo in a requirement against the candidate, but less than working code that
# leaks passwords (a critical flag keeps half of the score).
APP_DOWN_EARNED = 0.3
# What a raised red flag takes from the score, as a share of what is left: flags multiply, so
# two different submissions rarely meet on one number, and more or worse flags always score
# lower. A critical flag (plaintext passwords, injectable SQL, another user's data) is where a
# reviewer stops reading: it keeps 30 % of the score, below any merely flawed submission.
FLAG_COST = {Severity.MINOR: 0.1, Severity.MAJOR: 0.2, Severity.CRITICAL: 0.7}
RAISING = (Severity.MINOR, Severity.MAJOR, Severity.CRITICAL)


def settle_severity(finding: Finding) -> Finding:
    """The severity a pattern's extent earns; findings without a ladder keep their rule's."""
    ladder = SEVERITY_BY_EXTENT.get(finding.rule)
    if ladder is None or finding.extent is None:
        return finding
    severity = ladder.severity(finding.extent)
    if severity is None or severity == finding.severity:
        return finding
    return finding.model_copy(update={"severity": severity})


# Minor static rules whose single finding is the flag: the absence of a README is the neglect;
# a known blocking call inside `async def` is the confusion, whether or not the load reached it;
# a suite in which no test asserts an error status tests only the happy path, and one that
# asserts a single kind of error is nearly that; a list route with no page size and no LIMIT
# anywhere is the unbounded collection the assignment rules out, and a page cut in Python from
# every row of the table is the same work with a smaller answer, as is a count taken by reading
# every row (PERF-COUNT-IN-PYTHON: 17 tune submissions, every one labeled performance
# ignorance, three of them left clear while it needed company); a handler that stores the
# client's JSON with no check at all is the missing input validation itself; a signing key that
# falls back to a literal is the hard-coded secret whenever nobody sets it (every blind author
# who wrote one, six of six over both splits, called it a security oversight); a suite whose
# every client hands the routes a mocked repository and that never stands up a store runs no
# query under test (TESTS-DATA-LAYER-MOCKED: one tune case, bw58-03, labeled a testing gap for
# it; tune bw28-01, mocked repositories in its service unit tests beside API tests on a real
# session, is left alone by the rule itself).
SELF_SUFFICIENT = frozenset(
    {
        "SEC-UNVALIDATED-WRITE",
        "SEC-SECRET-FALLBACK",
        "DOCS-NO-README",
        "ASYNC-STATIC-BLOCKING-CALL",
        "TESTS-HAPPY-PATH-ONLY",
        "TESTS-ONE-ERROR-CASE",
        "TESTS-DATA-LAYER-MOCKED",
        "PERF-UNBOUNDED-LIST",
        "PERF-PAGE-SLICED-IN-PYTHON",
        "PERF-COUNT-IN-PYTHON",
    }
)
# Findings that come from reading the code (our rules, ruff and mypy as second opinions) are
# not measured behaviour, whatever phase produced them.
_READ_NOT_MEASURED = frozenset({"static", "lint"})
# Minor static findings elsewhere are suspicions; they raise a flag as a pattern: at least
# PATTERN_PLACES places, and at least PATTERN_SHARE of the app's route handlers.
PATTERN_PLACES = 2
PATTERN_SHARE = 1 / 3
# Type hints are missed in helpers as well as handlers, so their places outnumber the routes
# of a typed app with a few bare helpers (a logging handler's `record`, a DAO's `where`): the
# habit is avoidance when there are at least half as many such places as route handlers. Decided
# on the public repositories (both rounds: 9 false positives to 5, their 4 true positives kept);
# no corpus case's type-hint verdict rests on a pattern, so tune and held-out are unchanged.
PATTERN_SHARE_BY_FLAG: dict[RedFlag, float] = {RedFlag.TYPE_HINT_AVOIDANCE: 1 / 2}
_SAME_PLACE_LINES = 10


def _supporting_only(finding: Finding) -> bool:
    """Measured, but not enough alone; such a finding joins the evidence of a flag and counts
    towards a pattern, and never raises the flag by itself:
    - a malformed payload that crashed the app (a 5xx) where a valid one passed: nothing
      validated it, yet nothing bad was stored either; blind authors who met it disagree whether
      that alone is a security oversight (four called it one, one a testing gap);
    - a page size without a maximum (PERF-PAGE-SIZE-UNCAPPED): the list pages, and on the tune
      split authors wrote `limit: int = 20` without `le=` in submissions they graded 5 with no
      performance flag, so it supports a performance verdict but does not make one;
    - a suite that sees error answers but never a 400 or 422 (TESTS-NO-VALIDATION-PATH): it
      tests some error paths, and of the public repositories' suites it was alone on, their
      labelers judged all four adequate (the blind corpus had one such suite labeled a gap);
    - a negative limit or offset used as given (CONF-PAGINATION-NEGATIVE-*): unvalidated
      bounds, which blind authors list among a submission's validation gaps (tune: bw19-02),
      but a page that starts at -1 harms nobody by itself;
    - a filtered foreign key with no index (PERF-FILTER-COLUMN-UNINDEXED): two blind authors
      named it (tune: bw28-02, bw34-03), but it is missing from twenty tune schemas whose
      authors did not mention it, among them submissions they judged free of performance
      ignorance; it is a note on a verdict, not one."""
    if finding.rule in _SUPPORTING_RULES:
        return True
    return (
        finding.rule in _VALIDATION_SCENARIOS
        and finding.request is not None
        and (finding.request.status or 0) >= 500
    )


_SUPPORTING_RULES = frozenset(
    {
        "PERF-PAGE-SIZE-UNCAPPED",
        "PERF-FILTER-COLUMN-UNINDEXED",
        "TESTS-NO-VALIDATION-PATH",
        "CONF-PAGINATION-NEGATIVE-LIMIT",
        "CONF-PAGINATION-NEGATIVE-OFFSET",
    }
)


# When the app could not start here, a suite that fails as well most likely fails for the same
# reason: a server, a setting or a file the grader could not provide (public repositories: a
# MySQL password kept in a Python dict, migrations that exit before the app is up; their
# labelers, reading the tests, judged both suites adequate). What the run measured is then shown
# but not charged, and testing_gaps is not assessed unless the code alone shows the gap.
SUITE_BROKEN = frozenset(
    {"TESTS-FAILING", "TESTS-IMPORT-ERROR", "TESTS-RUN-ERROR", "TESTS-TIMEOUT"}
)
SUITE_MEASURED = SUITE_BROKEN | frozenset(
    {
        "TESTS-NONE-RUN",
        "TESTS-NO-ERROR-PATH",
        "TESTS-NO-VALIDATION-PATH",
        "TESTS-UNTOUCHED-OPERATIONS",
        "TESTS-LOW-COVERAGE",
    }
)


def suite_in_doubt(findings: list[Finding], phases: list[PhaseResult]) -> str | None:
    """Why the candidate's suite results cannot be charged, when they cannot: the app did not
    start here and the suite failed too."""
    start = next((p for p in phases if p.name == PhaseName.START), None)
    if start is None or start.status != PhaseStatus.FAILED:
        return None
    broken = sorted({f.rule for f in findings if f.rule in SUITE_BROKEN})
    if not broken:
        return None
    return (
        f"the app did not start here and the candidate's suite failed too ({', '.join(broken)}): "
        "the same missing server, setting or file most likely stopped both, so the suite's "
        "results are shown, not charged"
    )


_VALIDATION_SCENARIOS = frozenset(
    {"CONF-INVALID-MISSING-FIELD", "CONF-INVALID-WRONG-TYPE", "CONF-INVALID-NULL-UPDATE"}
)


@dataclass(frozen=True)
class Judgement:
    raised: bool
    why: str


def is_evidence(finding: Finding, flag: RedFlag) -> bool:
    """A finding counts for a flag when it names the flag and is more than informational."""
    return finding.flag == flag and finding.severity in RAISING


def _places(findings: list[Finding]) -> int:
    """Distinct places: findings in one file within a few lines of each other are one place."""
    seen: list[tuple[str, int]] = []
    for finding in sorted(findings, key=lambda f: (f.file or "", f.line or 0)):
        here = (finding.file or "", finding.line or 0)
        if not any(f == here[0] and abs(here[1] - line) <= _SAME_PLACE_LINES for f, line in seen):
            seen.append(here)
    return len(seen)


def judge(flag: RedFlag, evidence: list[Finding], handlers: int | None = None) -> Judgement:
    """Whether the evidence for a flag is enough to raise it, and why, in words."""
    if not evidence:
        return Judgement(False, "no evidence")
    strong = [f for f in evidence if f.severity.rank >= Severity.MAJOR.rank]
    if strong:
        rules = ", ".join(sorted({f.rule for f in strong}))
        return Judgement(True, f"raised by {len(strong)} major or critical finding(s): {rules}")
    measured = [
        f for f in evidence if f.source not in _READ_NOT_MEASURED and not _supporting_only(f)
    ]
    if measured:
        rules = ", ".join(sorted({f.rule for f in measured}))
        return Judgement(True, f"raised by measured behaviour: {rules}")
    sufficient = [
        f
        for f in evidence
        if f.rule in SELF_SUFFICIENT
        or (f.rule in SEVERITY_BY_EXTENT and f.extent is not None and f.source != "lint")
    ]
    if sufficient:
        rules = ", ".join(sorted({f.rule for f in sufficient}))
        return Judgement(True, f"raised by {rules}, which alone shows the habit")
    places = _places(evidence)
    share = PATTERN_SHARE_BY_FLAG.get(flag, PATTERN_SHARE)
    needed = max(PATTERN_PLACES, round((handlers or 0) * share))
    rules = ", ".join(sorted({f.rule for f in evidence}))
    if places >= needed:
        among = f" of {handlers} route handlers" if handlers else ""
        return Judgement(
            True, f"raised by a pattern: minor findings at {places} places{among} ({rules})"
        )
    return Judgement(
        False,
        f"not raised: minor findings at {places} place(s) ({rules}) are below the pattern "
        f"threshold of {needed}",
    )


def describe() -> list[str]:
    """The policy in words, for `grade rules` and the docs."""
    lines = [
        "A finding is evidence for the red flag its rule names when it is minor or worse; "
        "informational findings are shown but never raise a flag or cost points.",
        "A malformed payload that crashed the app (a 5xx) where a valid payload passed is "
        "missing validation, but it does not raise security_oversights alone: it joins the "
        "evidence of a flag other findings raise and counts towards a pattern. So do a page "
        "size without a maximum, a filtered foreign key with no index, a negative page bound "
        "used as given and a suite that never sends an invalid payload ("
        + ", ".join(sorted(_SUPPORTING_RULES))
        + ").",
        "A flag is raised by a major or critical finding, by any measured behaviour (a probe "
        "saw it), or by " + ", ".join(sorted(SELF_SUFFICIENT)) + " or a pattern graded by its "
        "extent (ours: a linter's count is a second opinion), each of which alone shows the habit. "
        "Other minor findings read from the code (our rules, ruff, mypy) are "
        f"suspicions: they raise the flag only as a pattern, at {PATTERN_PLACES} or more places "
        f"and at least {PATTERN_SHARE:.0%} of the route handlers ("
        + ", ".join(f"{f.value}: {share:.0%}" for f, share in PATTERN_SHARE_BY_FLAG.items())
        + "). A raised flag's severity is that of its worst finding.",
        "A flag is clear only when every phase that can see it ran: "
        + "; ".join(
            f"{flag.value} needs {', '.join(p.value for p in phases)}"
            for flag, phases in FLAG_PHASES.items()
        )
        + ".",
        _sabotage_words(),
        "When the app did not start here and the candidate's suite failed too, the suite's "
        "measured results (" + ", ".join(sorted(SUITE_MEASURED)) + ") are informational and "
        "testing_gaps is not assessed unless the code alone shows the gap: the same missing "
        "server, setting or file most likely stopped both.",
        "Findings that need proof (a conformance scenario about access control or validation) "
        "raise their flag only when the request went through (a 2xx); a crash is a bug, "
        "charged to correctness, not proof of the weakness.",
        "Patterns are as severe as their extent: "
        + "; ".join(
            f"{code} by {ladder.measure} ("
            + ", ".join(f"over {s.above:g}: {s.severity.value}" for s in ladder.steps)
            + ")"
            for code, ladder in SEVERITY_BY_EXTENT.items()
        )
        + ".",
        score_method(),
    ]
    return lines


def _sabotage_words() -> str:
    """The sabotage run in words, from its ladder: what share of blind tests raises the flag."""
    steps = SEVERITY_BY_EXTENT[SABOTAGE_RULE].steps
    raising = [s for s in steps if s.severity in RAISING]
    return (
        "The sabotage run (a suite that passed, run again with every route handler answering "
        f"500) is measured behaviour: {SABOTAGE_RULE} raises testing_gaps when over "
        f"{min(s.above for s in raising):.0%} of the tests that reach a handler still pass ("
        + ", ".join(f"{s.severity.value} over {s.above:.0%}" for s in raising)
        + "); below that it is only the metric tests.sabotage: a few negative tests (`!= 200`) "
        "in a suite that otherwise notices are no gap. Tests that reach no handler are not "
        "judged."
    )


def score_method() -> str:
    """How the score is made, in words: `grade rules` shows it and every report carries it."""
    return (
        "Each dimension starts at 1 and loses "
        + ", ".join(f"{PENALTY[s]:g} per {s.value}" for s in RAISING)
        + " finding it takes (floor 0); each finding is charged to one dimension. The weighted "
        "mean over measured dimensions, times 100, is then multiplied, for each raised red "
        "flag, by "
        + ", ".join(f"{1 - FLAG_COST[s]:g} ({s.value})" for s in RAISING)
        + ": a reviewer charges a habit more than its single findings."
    )
