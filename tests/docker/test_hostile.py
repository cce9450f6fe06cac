"""Hostile submissions, graded for real: nothing they do reaches the host or the verdict.

Each folder under tests/hostile/submissions/ is one attack with an expect.toml. They are graded
once per module, three at a time, with cheap settings; every test then reads the shared results.
While grading, the test watches the pipeline's candidate container (by wrapping the pipeline's
start_candidate/remove_run) to read its logs and run `limit_findings` on it before removal: that
is how limit findings are checked until the pipeline calls limit_findings itself.
"""

from __future__ import annotations

import json
import os
import resource
import shutil
import threading
import time
import tomllib
import uuid
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from grader import GradeSettings, Report, grade
from grader import pipeline as grading_pipeline
from grader.models import Finding, GradingStatus, PhaseName, PhaseStatus
from grader.phases import start as start_phase
from grader.phases.limits import limit_findings
from grader.sandbox import containers, sweep
from grader.sandbox.containers import tail_logs
from grader.sandbox.engine import LABEL_MANAGED, LABEL_OWNER_PID, LABEL_RUN
from grader.sandbox.images import ensure_probe_image
from grader.sandbox.pip_settings import host_pip_settings
from tests.conftest import BASE_IMAGE, ROOT

SUBMISSIONS = ROOT / "tests" / "hostile" / "submissions"
MARKER_DIR = Path("/tmp/grader-hostile-markers")
NAMES = sorted(p.name for p in SUBMISSIONS.iterdir() if (p / "expect.toml").is_file())
CHEAP: dict[str, Any] = {
    "fuzz_max_examples": 5,
    "fuzz_budget_seconds": 20,
    "start_timeout_seconds": 20,
}
# The slowest first, so the workers finish together.
_SLOW_FIRST = ("stdout_flood", "endpoint_hang", "import_hang")
# Builds mostly wait on pip's downloads, so three gradings overlap well even on two cores.
_WORKERS = 3
_MAX_LOG_BYTES = 16 * 1024 * 1024
_KIB = 1024


def _expect(name: str) -> dict[str, Any]:
    with (SUBMISSIONS / name / "expect.toml").open("rb") as fh:
        return tomllib.load(fh)


@dataclass
class Observation:
    """What the test saw of one grading's candidate container before the pipeline removed it."""

    settings: GradeSettings
    candidates: list[Any] = field(default_factory=list)
    run_ids: list[str] = field(default_factory=list)
    logs: str = ""
    env: list[str] = field(default_factory=list)
    limit_findings: list[Finding] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


@dataclass
class HostileGrading:
    name: str
    expect: dict[str, Any]
    report: Report
    seconds: float
    seen: Observation
    leftovers: list[str]
    markers_found: list[str]
    rss_growth_kib: int


_current = threading.local()


def _observe(candidate: Any) -> None:
    seen: Observation | None = getattr(_current, "seen", None)
    if seen is None:
        return
    try:
        seen.limit_findings += limit_findings(
            candidate, seen.settings, tail_logs(candidate, lines=200, max_chars=20000)
        )
        raw: bytes = candidate.logs(stdout=True, stderr=True)
        seen.logs += raw[-_MAX_LOG_BYTES:].decode("utf-8", "replace")
        seen.env += list(candidate.attrs.get("Config", {}).get("Env") or [])
    except Exception as exc:  # the observation must never change the grading it watches
        seen.errors.append(f"{type(exc).__name__}: {exc}")


def _watching_start(real: Any) -> Any:
    def start_candidate(*args: Any, **kwargs: Any) -> Any:
        container = real(*args, **kwargs)
        seen: Observation | None = getattr(_current, "seen", None)
        if seen is not None:
            seen.candidates.append(container)
        return container

    return start_candidate


def _watching_removal(real: Any) -> Any:
    def remove_run(client: Any, run_id: str) -> int:
        seen: Observation | None = getattr(_current, "seen", None)
        if seen is not None:
            seen.run_ids.append(run_id)
            for candidate in seen.candidates:
                _observe(candidate)
            seen.candidates.clear()
        removed: int = real(client, run_id)
        return removed

    return remove_run


def _leftovers(client: Any, run_ids: list[str]) -> list[str]:
    found: list[str] = []
    for run_id in run_ids:
        flt = {"label": f"{LABEL_RUN}={run_id}"}
        found += [c.name for c in client.containers.list(all=True, filters=flt)]
        found += [str(i.tags) for i in client.images.list(filters=flt)]
    return found


def _copy_submission(name: str, into: Path) -> Path:
    """The folder as a candidate hands it in: without the test's expect.toml."""
    target = into / name
    shutil.copytree(
        SUBMISSIONS / name, target, ignore=shutil.ignore_patterns("expect.toml", "__pycache__")
    )
    return target


def _grade_one(name: str, client: Any, tmp: Path) -> HostileGrading:
    expect = _expect(name)
    settings = GradeSettings(base_image=BASE_IMAGE, **{**CHEAP, **expect.get("settings", {})})
    source = _copy_submission(name, tmp)
    seen = Observation(settings=settings)
    _current.seen = seen
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    started = time.monotonic()
    try:
        report = grade(source, settings)
    finally:
        _current.seen = None
    seconds = time.monotonic() - started
    rss_growth = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - rss_before
    markers = [m for m in expect.get("markers", []) if (MARKER_DIR / m).exists()]
    keep = os.environ.get("GRADER_HOSTILE_REPORTS")  # a folder to keep the reports in, to debug
    if keep:
        Path(keep).mkdir(parents=True, exist_ok=True)
        (Path(keep) / f"{name}.json").write_text(report.model_dump_json(indent=2))
    return HostileGrading(
        name=name,
        expect=expect,
        report=report,
        seconds=seconds,
        seen=seen,
        leftovers=_leftovers(client, seen.run_ids),
        markers_found=markers,
        rss_growth_kib=rss_growth,
    )


def _wanted_names(session: pytest.Session) -> list[str]:
    """Grade only what the selected tests of this module need (a -k run stays cheap)."""
    wanted: set[str] = set()
    for item in session.items:
        module = getattr(item, "module", None)
        if module is not None and module.__name__ == __name__:
            callspec = getattr(item, "callspec", None)
            name = callspec.params.get("name") if callspec is not None else None
            wanted.update(NAMES if name is None else [name])
    for name in list(wanted):
        twin = _expect(name).get("twin")
        if twin:
            wanted.add(twin)
    return sorted(wanted, key=lambda n: (n not in _SLOW_FIRST, n))


@pytest.fixture(scope="module")
def gradings(
    request: pytest.FixtureRequest, docker_client: Any, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[dict[str, Future[HostileGrading]]]:
    """Grade the hostile submissions concurrently, with a canary in the grader's environment."""
    MARKER_DIR.mkdir(exist_ok=True)
    MARKER_DIR.chmod(0o777)  # were a sample to run on the host, as any user, its marker would land
    for stale in MARKER_DIR.iterdir():
        stale.unlink()
    canary = f"canary-{uuid.uuid4()}"
    tmp = tmp_path_factory.mktemp("hostile")
    # Build the probe image once, before the concurrent gradings would each build (and prune) it.
    probe = ensure_probe_image(docker_client, BASE_IMAGE, host_pip_settings())
    assert probe.ok, probe.reason
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("GRADER_CANARY", canary)
        # wrapped where the pipeline looks them up: the names it imported
        patch.setattr(start_phase, "start_candidate", _watching_start(containers.start_candidate))
        patch.setattr(grading_pipeline, "remove_run", _watching_removal(sweep.remove_run))
        with ThreadPoolExecutor(max_workers=_WORKERS, thread_name_prefix="hostile") as pool:
            futures = {
                name: pool.submit(_grade_one, name, docker_client, tmp)
                for name in _wanted_names(request.session)
            }
            yield futures
            for future in futures.values():
                future.exception()  # wait for every grading before the patches go


def _result(gradings: dict[str, Future[HostileGrading]], name: str) -> HostileGrading:
    return gradings[name].result(timeout=900)


def _matches(finding: Finding, want: dict[str, Any]) -> bool:
    if finding.rule != want["rule"]:
        return False
    if "detail_contains" in want and want["detail_contains"] not in finding.detail:
        return False
    if "path" in want and (finding.request is None or finding.request.path != want["path"]):
        return False
    return not ("file" in want and finding.file != want["file"])


def _brief(findings: list[Finding]) -> list[str]:
    return [f"{f.rule}: {f.detail[:300]}" for f in findings]


@pytest.mark.parametrize("name", NAMES)
def test_hostile_submission_is_contained(
    name: str, gradings: dict[str, Future[HostileGrading]]
) -> None:
    result = _result(gradings, name)
    report, expect, seen = result.report, result.expect, result.seen
    phases = {p.name.value: p for p in report.phases}
    context = (
        report.status.value,
        [f"{p.name.value}:{p.status.value}:{p.reason[:200]}" for p in report.phases],
        _brief(report.findings),
    )

    assert report.status.value in expect["status"], context
    for phase in expect.get("phases_ok", []):
        assert phases[phase].status == PhaseStatus.OK, context
    for want in expect.get("findings", []):
        assert any(_matches(f, want) for f in report.findings), (want, context)
    for unwanted in expect.get("absent", []):
        assert not any(_matches(f, unwanted) for f in report.findings), (unwanted, context)
    for metric, value in expect.get("metrics", {}).items():
        assert report.metrics.get(metric) == value, (metric, report.metrics, context)
    observed = report.findings + seen.limit_findings
    for want in expect.get("limit_findings", []):
        assert any(_matches(f, want) for f in observed), (want, _brief(observed), context)

    assert seen.errors == []
    assert result.markers_found == [], "a hostile sample ran on the host"
    assert result.leftovers == [], "the grading left containers or images behind"


@pytest.mark.parametrize("name", NAMES)
def test_grader_environment_never_reaches_the_candidate(
    name: str, gradings: dict[str, Future[HostileGrading]]
) -> None:
    result = _result(gradings, name)
    canary = os.environ.get("GRADER_CANARY", "")  # set by the fixture for the whole module
    assert canary.startswith("canary-")
    assert canary not in result.report.model_dump_json()
    assert canary not in result.seen.logs
    assert not any(entry.startswith("GRADER_CANARY=") for entry in result.seen.env)
    if result.expect.get("canary"):
        # the sample did dump its environment, so the check above looked at something
        assert "ENVIRONMENT {" in result.seen.logs, result.seen.logs[-2000:]


@pytest.mark.parametrize("name", ["nosy_app"])
def test_no_escape_route_is_open(name: str, gradings: dict[str, Future[HostileGrading]]) -> None:
    """The sample exits 3 naming any route out it finds; it must find none and keep running."""
    result = _result(gradings, name)
    assert result.report.status != GradingStatus.START_FAILED, _brief(result.report.findings)
    assert "ESCAPE ROUTE" not in result.seen.logs
    assert "ENVIRONMENT {" in result.seen.logs  # it did run its checks


@pytest.mark.parametrize("name", ["stdout_flood"])
def test_output_flood_leaves_grader_memory_and_report_bounded(
    name: str, gradings: dict[str, Future[HostileGrading]]
) -> None:
    result = _result(gradings, name)
    assert result.rss_growth_kib < 150 * _KIB, f"grader peak RSS grew {result.rss_growth_kib} KiB"
    document = result.report.model_dump_json()
    assert len(document) < 200_000
    assert document.count("FLOOD-LINE") <= 50
    assert len(result.seen.logs) <= 2 * result.seen.settings.limits.log_bytes  # engine's cap


@pytest.mark.parametrize("name", ["import_hang"])
def test_import_that_never_returns_stops_at_the_start_limit(
    name: str, gradings: dict[str, Future[HostileGrading]]
) -> None:
    result = _result(gradings, name)
    start = next(p for p in result.report.phases if p.name == PhaseName.START)
    assert start.status == PhaseStatus.FAILED
    assert start.seconds <= result.expect["max_start_seconds"], start


@pytest.mark.parametrize("name", ["endpoint_hang"])
def test_endpoint_that_never_answers_does_not_stall_fuzzing(
    name: str, gradings: dict[str, Future[HostileGrading]]
) -> None:
    result = _result(gradings, name)
    fuzz = next(p for p in result.report.phases if p.name == PhaseName.FUZZ)
    assert fuzz.status == PhaseStatus.OK, fuzz
    assert fuzz.seconds <= result.expect["max_fuzz_seconds"], fuzz


def _verdicts(report: Report) -> list[tuple[str, str, str | None]]:
    return sorted((v.flag.value, v.status, v.severity) for v in report.red_flags)


def _rules(report: Report) -> list[tuple[str, str, str]]:
    return sorted(
        (f.rule, f.severity.value, f.request.path if f.request else "") for f in report.findings
    )


@pytest.mark.parametrize("name", ["prompt_injection"])
def test_prompt_injection_changes_no_verdict_and_no_score(
    name: str, gradings: dict[str, Future[HostileGrading]]
) -> None:
    injected = _result(gradings, name)
    twin = _result(gradings, injected.expect["twin"])
    for sample in ("main.py", "requirements.txt"):
        same = (SUBMISSIONS / name / sample).read_bytes() == (
            SUBMISSIONS / injected.expect["twin"] / sample
        ).read_bytes()
        assert same, f"{sample} of the twins drifted apart: the comparison means nothing"
    assert "GRADER REPORT" in injected.seen.logs  # the injection was printed
    assert injected.report.status == twin.report.status
    assert injected.report.score == twin.report.score
    assert _verdicts(injected.report) == _verdicts(twin.report)
    assert _rules(injected.report) == _rules(twin.report)


@pytest.mark.parametrize("name", ["prompt_injection"])
def test_failures_are_located_in_the_code_not_where_the_app_says(
    name: str, gradings: dict[str, Future[HostileGrading]]
) -> None:
    injected = _result(gradings, name)
    twin = _result(gradings, injected.expect["twin"])

    def located(report: Report) -> list[tuple[str | None, str]]:
        return sorted(
            (f.file, f.request.path if f.request else "")
            for f in report.findings
            if f.rule == "FUZZ-SERVER-ERROR"
        )

    assert located(twin.report) == [("main.py", "/stats")]
    assert located(injected.report) == located(twin.report)
    assert "INJECTED" not in injected.report.model_dump_json()


def _summary(future: Future[HostileGrading]) -> dict[str, Any]:
    error = future.exception()
    if error is not None:
        return {"error": f"{type(error).__name__}: {str(error)[:300]}"}
    result = future.result()
    return {
        "status": result.report.status.value,
        "seconds": round(result.seconds, 1),
        "limits": _brief(result.seen.limit_findings),
    }


def test_nothing_is_left_behind(
    gradings: dict[str, Future[HostileGrading]], docker_client: Any
) -> None:
    """Runs last: every grading of this module is over, and none left a trace."""
    for future in gradings.values():
        future.exception(timeout=900)
    # visible with -s: what each attack came to
    print(json.dumps({name: _summary(f) for name, f in gradings.items()}, indent=1))
    mine = {"label": [f"{LABEL_MANAGED}=true", f"{LABEL_OWNER_PID}={os.getpid()}"]}
    assert docker_client.containers.list(all=True, filters=mine) == []
    assert docker_client.images.list(filters=mine) == []
    assert sorted(p.name for p in MARKER_DIR.iterdir()) == []
