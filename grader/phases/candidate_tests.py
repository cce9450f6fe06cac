"""Candidate tests phase: the submission's own tests, run in a sandboxed container from its image.

Outcomes come from our pytest plugin (probes/pytest_truth.py), which records the real result of
each test call before any hook of the candidate's can rewrite it. A suite that passed is run once
more with every route handler sabotaged (sabotage.py): passing proves little until failing on a
broken app shows the tests look at the answers.
"""

from __future__ import annotations

import json
import posixpath
import shlex
import time
from collections import Counter

from pydantic import BaseModel

from grader.checks.registry import StaticContext, make_finding
from grader.checks.rules.security_access import public_path
from grader.checks.rules.testing import ByHand, testing_by_hand
from grader.discovery import ProjectFacts
from grader.grading import PhaseFailed
from grader.models import Finding, Location
from grader.phases.context import RunContext
from grader.phases.pytest_output import (
    GRADER_SIDE,
    TRUTH_MARKER,
    CollectionError,
    collection_errors,
    run_error,
)
from grader.phases.sabotage import (
    SABOTAGE_ENV,
    compare,
    sabotage_budget,
    sabotage_findings,
    sabotage_metrics,
    submission_path,
    why_not_sabotage,
)
from grader.phases.services import (
    ServicesStarted,
    candidate_environment_with_services,
    fresh_servers,
    test_settings,
)
from grader.phases.start import secret_values
from grader.phases.startup_failure import redact
from grader.phases.tracebacks import template_matches
from grader.sandbox.containers import start_candidate, tail_logs
from grader.sandbox.engine import Engine, run_labels
from grader.sandbox.images import INJECTED_DIR
from grader.sandbox.relay import RelayRoute, with_relay
from grader.settings import GradeSettings

COVERAGE_MARKER = "@@grader-coverage@@ "
TESTS_TIMEOUT_SECONDS = 150
_OMIT = "*/tests/*,*/test_*.py,*_test.py,*/conftest.py"


class CandidateTestRun(BaseModel):
    passed: int = 0
    failed: int = 0
    errors: int = 0
    skipped: int = 0
    collected: int | None = None
    tampered: list[str] = []
    async_tests: int = 0
    requests: list[tuple[str, str, int | None]] = []
    coverage_percent: float | None = None
    finished: bool = False
    collection_errors: list[CollectionError] = []
    run_error: str | None = None
    outcomes: dict[str, str] = {}  # nodeid -> passed, failed, error or skipped (true outcomes)
    places: dict[str, tuple[str, int | None]] = {}  # nodeid -> (file in the container, line)
    calls: dict[str, list[tuple[str, str, bool]]] = {}  # nodeid -> (method, path, sabotaged)
    messages: dict[str, str] = {}  # nodeid -> the exception a failed test or its setup ended on
    crashes: dict[str, tuple[str, int]] = {}  # nodeid -> (file in the container, line) it failed at

    @property
    def total(self) -> int:
        return self.passed + self.failed + self.errors + self.skipped


def suite_environment(
    app_environment: dict[str, str], facts: ProjectFacts, services: ServicesStarted | None
) -> dict[str, str]:
    """The app's environment for the suite, less the settings the suite defaults itself
    (`os.environ.setdefault`), which its author's shell left unset; the servers' variables
    still win, since the suite's default may name a server that is not here."""
    environment = {k: v for k, v in app_environment.items() if k not in facts.suite_env}
    if services is not None:
        environment = candidate_environment_with_services(environment, services)
        for name, url in test_settings(services).items():
            environment.setdefault(name, url)
    return environment


def candidate_tests_phase(ctx: RunContext) -> None:
    assert ctx.sandbox.image is not None, "the candidate tests need the build phase's image"
    services = ctx.sandbox.services  # the tests get the same servers as the app
    environment = suite_environment(ctx.environment, ctx.facts, services)
    started = time.monotonic()
    run = _suite_run(ctx, "tests", environment)
    seconds = time.monotonic() - started
    hidden = secret_values(ctx.facts, ctx.environment)  # pytest may echo a setting's value
    run.collection_errors = [
        e.model_copy(update={"error": redact(e.error, hidden)}) for e in run.collection_errors
    ]
    run.run_error = redact(run.run_error, hidden) if run.run_error else None
    run.messages = {nodeid: redact(text, hidden) for nodeid, text in run.messages.items()}
    if run.run_error and GRADER_SIDE.search(run.run_error):  # our plugin or runner, not theirs
        raise PhaseFailed(f"the grader could not run pytest in the image: {run.run_error}")
    by_hand = testing_by_hand(StaticContext(ctx.submission.root, ctx.facts))
    ctx.grading.add(*findings_from_tests(run, ctx.facts, by_hand))
    ctx.grading.metrics.update(metrics_from_tests(run))
    _sabotage_run(ctx, run, seconds, environment)


def _suite_run(
    ctx: RunContext,
    role: str,
    environment: dict[str, str],
    timeout_seconds: int = TESTS_TIMEOUT_SECONDS,
    sabotage: bool = False,
) -> CandidateTestRun:
    """One run of the candidate's suite in the build's image, beside the app's own servers,
    emptied and migrated again first (services.fresh_servers)."""
    assert ctx.sandbox.image is not None, "the candidate tests need the build phase's image"
    services = ctx.sandbox.services
    if services is not None and services.network is not None:
        ctx.grading.metrics[f"{role.replace('-', '_')}_fresh_servers"] = fresh_servers(
            ctx, services
        )
    return run_candidate_tests(
        ctx.engine,
        image=ctx.sandbox.image,
        facts=ctx.facts,
        settings=ctx.settings,
        labels=run_labels(ctx.run_id, role),
        environment=environment,
        timeout_seconds=timeout_seconds,
        network=services.network if services is not None else None,
        sabotage=sabotage,
        relay=services.relay if services is not None else (),
    )


def _sabotage_run(
    ctx: RunContext, run: CandidateTestRun, seconds: float, environment: dict[str, str]
) -> None:
    """The suite again with every route handler answering 500 (see sabotage.py), when the normal
    run passed; its budget is a share of this phase's, and it is skipped past the deadline."""
    assert ctx.sandbox.image is not None
    budget = sabotage_budget(TESTS_TIMEOUT_SECONDS)
    why_not = why_not_sabotage(run, seconds, budget)
    if why_not is None and time.monotonic() > ctx.deadline:
        why_not = "the grading time limit was reached"
    if why_not is not None:
        ctx.grading.metrics.update(sabotage_metrics(None, why_not))
        return
    broken = _suite_run(
        ctx, "tests-sabotage", {**environment, SABOTAGE_ENV: "1"}, budget, sabotage=True
    )
    if broken.run_error is not None or not (broken.outcomes or broken.collection_errors):
        reason = "the sabotage run gave no result" + (
            f" ({redact(broken.run_error, secret_values(ctx.facts, ctx.environment))})"
            if broken.run_error
            else ""
        )
        ctx.grading.metrics.update(sabotage_metrics(None, reason))
        return
    result = compare(run, broken, ctx.facts)
    ctx.grading.add(*sabotage_findings(result, broken, ctx.facts))
    ctx.grading.metrics.update(sabotage_metrics(result, None))


def pytest_command(facts: ProjectFacts, timeout_seconds: int, sabotage: bool = False) -> list[str]:
    """Run pytest as the project configures it: from the folder of its pytest configuration,
    with no target when it sets `testpaths` (an explicit target would override them).

    The sabotage run skips coverage (nothing reads it) and undoes an `-x` in the project's
    addopts (`--maxfail=0` after them): it needs the outcome of every test, not the first failure.
    """
    config = facts.pytest
    rootdir = config.rootdir if config else "."
    target = _target(facts, rootdir)
    omit = _OMIT + "".join(
        f",*/{p}" for p in (config.python_files if config else []) if "/" not in p
    )
    runner = (
        "python -m"
        if sabotage
        else "python -m coverage run --data-file=/tmp/.coverage "
        f"--source=/app --omit={shlex.quote(omit)} -m"
    )
    pytest = (
        f"timeout -k 5 {timeout_seconds} {runner} pytest -p pytest_truth -p no:cacheprovider "
        f"--continue-on-collection-errors -q"
        + (" --maxfail=0" if sabotage else "")
        + (f" {shlex.quote(target)}" if target else "")
    )
    coverage = "python -m coverage report --data-file=/tmp/.coverage --format=total 2>/dev/null"
    where = "/app" if rootdir == "." else shlex.quote(f"/app/{rootdir}")
    script = f"cp -R /src/. /app/ && cd {where} && {pytest}"
    if not sabotage:
        script += f'; echo "{COVERAGE_MARKER}$({coverage})"'
    return ["sh", "-c", script]


def _target(facts: ProjectFacts, rootdir: str) -> str | None:
    """The tests folder relative to rootdir, unless pytest's own `testpaths` decide."""
    if facts.pytest is not None and facts.pytest.testpaths:
        return None
    tests_dir = facts.tests_dir or "."
    if rootdir == ".":
        return tests_dir
    if tests_dir == rootdir:
        return "."
    if tests_dir.startswith(rootdir + "/"):
        return tests_dir[len(rootdir) + 1 :]
    return None


def pythonpath_for_tests(facts: ProjectFacts) -> str:
    """The injected plugin, the app's folder, and the project's own `pythonpath` entries."""
    app_dir = facts.app.app_dir if facts.app else "."
    entries = [INJECTED_DIR, f"/app/{app_dir}".rstrip("/.") or "/app"]
    config = facts.pytest
    if config is not None:
        for entry in config.pythonpath:
            if entry.startswith(("/", "$", "~")) or ":" in entry or ".." in entry.split("/"):
                continue
            joined = posixpath.normpath(posixpath.join("/app", config.rootdir, entry))
            entries.append(joined)
    return ":".join(dict.fromkeys(entries))


def run_candidate_tests(
    client: Engine,
    *,
    image: str,
    facts: ProjectFacts,
    settings: GradeSettings,
    labels: dict[str, str],
    environment: dict[str, str] | None = None,
    timeout_seconds: int = TESTS_TIMEOUT_SECONDS,
    network: str | None = None,
    sabotage: bool = False,
    relay: tuple[RelayRoute, ...] = (),
) -> CandidateTestRun:
    """The suite in a container of the build's image; on the services `network`, the loopback
    `relay` to its servers starts first (a suite's fixtures often say `localhost:5432`)."""
    container = start_candidate(
        client,
        image=image,
        command=with_relay(pytest_command(facts, timeout_seconds, sabotage), relay),
        limits=settings.limits,
        labels=labels,
        environment={**(environment or {}), "PYTHONPATH": pythonpath_for_tests(facts)},
        network=network,
    )
    try:
        container.wait(timeout=timeout_seconds + 60)
    except Exception:
        container.kill()
    return parse_truth(tail_logs(container, lines=50000, max_chars=8_000_000))


def parse_truth(log: str) -> CandidateTestRun:
    run = CandidateTestRun(collection_errors=collection_errors(log))
    true: dict[str, str] = {}
    reported: dict[str, tuple[str, bool]] = {}
    xfail: set[str] = set()
    for line in log.splitlines():
        if line.startswith(COVERAGE_MARKER):
            value = line[len(COVERAGE_MARKER) :].strip()
            try:
                run.coverage_percent = float(value)
            except ValueError:
                run.coverage_percent = None
            continue
        if not line.startswith(TRUTH_MARKER):
            continue
        try:
            record = json.loads(line[len(TRUTH_MARKER) :])
        except ValueError:
            continue
        kind = record.get("kind")
        nodeid = str(record.get("nodeid", ""))
        if kind == "true":
            if record.get("when") == "setup":
                true[nodeid] = "error"
            else:
                true.setdefault(nodeid, str(record.get("outcome")))
                if record.get("xfail"):
                    xfail.add(nodeid)
                if record.get("is_async"):
                    run.async_tests += 1
                if isinstance(record.get("file"), str):
                    line = record.get("line")
                    run.places[nodeid] = (record["file"], line if isinstance(line, int) else None)
        elif kind == "reported":
            reported[nodeid] = (str(record.get("outcome")), bool(record.get("wasxfail")))
            message = record.get("message")
            if isinstance(message, str) and message and nodeid not in run.messages:
                run.messages[nodeid] = message[:300]
            crash_file, crash_line = record.get("crash_file"), record.get("crash_line")
            if isinstance(crash_file, str) and isinstance(crash_line, int) and crash_line >= 1:
                run.crashes.setdefault(nodeid, (crash_file, crash_line))
        elif kind == "request":
            status = record.get("status")
            method, path = str(record.get("method")), str(record.get("path"))
            run.requests.append((method, path, int(status) if isinstance(status, int) else None))
            test = record.get("test")
            if isinstance(test, str):
                call = (method, path, bool(record.get("sabotaged")))
                run.calls.setdefault(test, []).append(call)
        elif kind == "session":
            run.finished = True
            collected = record.get("collected")
            run.collected = int(collected) if isinstance(collected, int) else None
    if not run.finished:  # pytest stopped before its session ended: a usage or internal error?
        run.run_error = run_error(log)
    for nodeid, outcome in true.items():
        if outcome == "passed":
            run.passed += 1
        elif outcome == "skipped" or nodeid in xfail:
            run.skipped += 1
            outcome = "skipped"
        elif outcome == "error":
            run.errors += 1
        else:
            run.failed += 1
            outcome = "failed"
        run.outcomes[nodeid] = outcome
        said, wasxfail = reported.get(nodeid, ("", False))
        if outcome in ("failed", "error") and said == "passed" and not wasxfail:
            run.tampered.append(nodeid)
    return run


def _why_failing(run: CandidateTestRun) -> str:
    """The exceptions the failing tests ended on, most common first: a fixture that cannot reach
    its database fails every test with one message, a real bug with its own."""
    bad = [n for n, outcome in run.outcomes.items() if outcome in ("failed", "error")]
    said = Counter(run.messages[n] for n in bad if n in run.messages)
    if not said:
        return ""
    first = {message: min(n for n in bad if run.messages.get(n) == message) for message in said}
    shown = [
        f"{count} x {message} (e.g. {first[message]})" for message, count in said.most_common(3)
    ]
    return "\n" + "\n".join(shown)


_MAX_TESTS_NAMED = 5
_BODY_METHODS = frozenset({"POST", "PUT", "PATCH"})
_VALIDATION = frozenset({400, 422})


def _tests_calling(
    run: CandidateTestRun,
    facts: ProjectFacts,
    role: str,
    methods: frozenset[str] | None = None,
) -> list[Location]:
    """The tests (where each is defined) that called the app, with `methods` when given: what a
    suite-level finding is about, the first few by node id."""
    found: list[Location] = []
    for nodeid in sorted(run.calls):
        if methods is not None and not any(m.upper() in methods for m, _, _ in run.calls[nodeid]):
            continue
        file, line = run.places.get(nodeid, ("", None))
        rel = submission_path(file)
        if rel is None or line is None or rel not in facts.python_files:
            continue
        name = nodeid.rsplit("::", 1)[-1]
        found.append(Location(file=rel, line=line, role=f"{name} {role}"))
        if len(found) >= _MAX_TESTS_NAMED:
            break
    return found


def _shown(statuses: set[int]) -> str:
    return ", ".join(str(status) for status in sorted(statuses) if status >= 400)


def _failed_at(run: CandidateTestRun, facts: ProjectFacts) -> list[Location]:
    """The lines of the submission's files where failing tests failed (the assert, the fixture
    that raised), one per line, first few by node id."""
    found: dict[tuple[str, int], str] = {}
    for nodeid in sorted(run.crashes):
        if run.outcomes.get(nodeid) not in ("failed", "error"):
            continue
        path, line = run.crashes[nodeid]
        rel = submission_path(path)
        if rel is not None and rel in facts.python_files:
            found.setdefault((rel, line), nodeid)
    return [
        Location(file=rel, line=line, role=f"where {nodeid} failed")
        for (rel, line), nodeid in list(found.items())[:_MAX_TESTS_NAMED]
    ]


_NOTHING_BY_HAND = ByHand("", (), None)


def findings_from_tests(
    run: CandidateTestRun,
    facts: ProjectFacts,
    by_hand: ByHand = _NOTHING_BY_HAND,
) -> list[Finding]:
    """`by_hand`: what the submission shows of the testing done instead of a suite (the
    README's word, a script that calls the running server), named when pytest collects none;
    the README's sentence on it is named where the suite leaves routes uncalled."""
    findings = _could_not_run(run, facts)
    explained = bool(findings)
    if not run.finished and run.total == 0:
        if not explained:
            findings.append(make_finding("TESTS-TIMEOUT", "The test run ended without a result."))
        return findings
    if not run.finished and not explained:
        findings.append(make_finding("TESTS-TIMEOUT", f"Stopped after {run.total} test(s)."))
    if run.total == 0:
        if not explained:
            findings.append(
                make_finding(
                    "TESTS-NONE-RUN",
                    f"pytest collected no test{by_hand.detail}.",
                    related=by_hand.related,
                )
            )
        return findings
    if run.tampered:
        conftest = next((f for f in facts.test_files if f.endswith("conftest.py")), None)
        findings.append(
            make_finding(
                "TESTS-TAMPERED",
                f"{len(run.tampered)} test(s) failed but were reported as passed: "
                + ", ".join(sorted(run.tampered)[:5]),
                file=conftest,
                line=1 if conftest else None,
            )
        )
    if run.failed or run.errors:
        findings.append(
            make_finding(
                "TESTS-FAILING",
                f"{run.failed} failed and {run.errors} errored out of {run.total} (true outcomes)."
                + _why_failing(run),
                related=_failed_at(run, facts),
            )
        )
    if not any(status is not None and 400 <= status < 500 for _, _, status in run.requests):
        findings.append(
            make_finding(
                "TESTS-NO-ERROR-PATH",
                f"The tests sent {len(run.requests)} request(s); none got a 4xx answer.",
                related=_tests_calling(run, facts, "saw only success answers"),
            )
        )
    statuses = {status for _, _, status in run.requests if status is not None}
    writes = [
        r
        for r in facts.routes
        if r.method.upper() in _BODY_METHODS and not public_path(r.method.upper(), r.path)
    ]
    if writes and any(400 <= s < 500 for s in statuses) and not statuses & _VALIDATION:
        findings.append(
            make_finding(
                "TESTS-NO-VALIDATION-PATH",
                f"The tests sent {len(run.requests)} request(s) and saw {_shown(statuses)}, "
                f"never a 400 or 422, though {len(writes)} route(s) take a body "
                f"({', '.join(f'{r.method.upper()} {r.path}' for r in writes[:4])}).",
                file=writes[0].file,
                line=writes[0].line,
                related=_tests_calling(
                    run, facts, "sent only payloads the API accepts", _BODY_METHODS
                ),
            )
        )
    untouched = [
        route
        for route in facts.routes
        if not any(m == route.method.upper() and _serves(route.path, p) for m, p, _ in run.requests)
    ]
    if untouched and facts.routes:
        first = untouched[0]
        names = ", ".join(f"{r.method.upper()} {r.path}" for r in untouched[:8])
        said = by_hand.sentence
        findings.append(
            make_finding(
                "TESTS-UNTOUCHED-OPERATIONS",
                f"{len(untouched)} of {len(facts.routes)} operation(s) never called: {names}"
                + (
                    f"; the README speaks of testing by hand ({said.file}:{said.line})"
                    if said
                    else ""
                ),
                file=first.file,
                line=first.line,
                extent=len(untouched) / len(facts.routes),
                related=[said] if said else [],
            )
        )
    if run.coverage_percent is not None and run.coverage_percent < 50:
        findings.append(
            make_finding(
                "TESTS-LOW-COVERAGE", f"Line coverage of the app: {run.coverage_percent:.0f}%."
            )
        )
    return findings


def _serves(template: str, url_path: str) -> bool:
    """The route serves the path, also under a prefix the app builds at run time
    (`APIRouter(prefix=settings.API_V1_STR)`), which the routes read from the source lack."""
    parts = ("/" + url_path.lstrip("/")).split("/")
    return any(template_matches(template, "/" + "/".join(parts[i:])) for i in range(1, len(parts)))


def _could_not_run(run: CandidateTestRun, facts: ProjectFacts) -> list[Finding]:
    """Tests pytest could not import, or a pytest that refused to start, named by the cause."""
    findings: list[Finding] = []
    if run.collection_errors:
        first = run.collection_errors[0]
        rootdir = facts.pytest.rootdir if facts.pytest else "."
        file = first.file or (first.path if rootdir == "." else f"{rootdir}/{first.path}")
        lines = [error.error for error in run.collection_errors[:10]]
        if len(run.collection_errors) > 10:
            lines.append(f"... and {len(run.collection_errors) - 10} more")
        lines.append(
            "A conftest.py that fails to import stops the whole run; a test module that fails "
            "to import loses its tests (the others ran)."
        )
        findings.append(
            make_finding(
                "TESTS-IMPORT-ERROR",
                "\n".join(lines),
                file=file if file in facts.python_files else None,
                line=first.line if file in facts.python_files else None,
            )
        )
    if run.run_error and not run.finished:
        config = facts.pytest.file if facts.pytest else None
        findings.append(
            make_finding("TESTS-RUN-ERROR", run.run_error, file=config, line=1 if config else None)
        )
    return findings


def metrics_from_tests(run: CandidateTestRun) -> dict[str, float | int | str | None]:
    return {
        "tests.passed": run.passed,
        "tests.failed": run.failed + run.errors,
        "tests.skipped": run.skipped,
        "tests.total": run.total,
        "tests.async": run.async_tests,
        "tests.requests": len(run.requests),
        "tests.coverage_percent": run.coverage_percent,
        "tests.tampered": len(run.tampered),
        "tests.import_errors": len(run.collection_errors),
    }
