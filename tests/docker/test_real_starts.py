"""Real builds and starts of small submissions that used to start wrongly or fail silently.

- start_decoy_main: a scratch root main.py (importing a package nobody declared) beside the real
  blog/main.py, which the Dockerfile starts: the real app must be served, and the choice shown.
- start_web_concurrency: .env.example asks for WEB_CONCURRENCY=4 and a SECRET_KEY the app
  refuses while it is the placeholder, the README has the reader generate SESSION_SECRET with
  `$(openssl rand -hex 32)`, and the app keeps a SQLite file in /var/tmp: one process, fresh
  secrets, and only names reported.
- start_tests_configured: pytest.ini sets testpaths=spec and python_files=*_test.py; tests/ holds
  obsolete failing tests pytest never collects: the grader must let pytest's configuration decide.
- start_missing_setting: a pydantic-settings class needs DATABASE_URL, which nothing sets: the
  start fails with a reason naming it, and the report shows it.
- start_factory_with_config: the only app is `create_app(config)`, which `python -m todoapi`
  builds and hands a uvicorn.Server it awaits: the grader serves that app.
- start_held_app_hidden_schema: `self.app = FastAPI(openapi_url=None)` in a class main.py runs;
  its schema is taken in-process from the app main.py builds (graded apart, with fuzzing).

Only the phases these need run (build, start, candidate tests); fuzzing and load are graded by
the samples tier. Five gradings, two at a time.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from grader import GradeSettings, Report
from grader.models import PhaseName, PhaseStatus
from grader.reporters import markdown
from tests.conftest import ROOT
from tests.docker.conftest import grade_with_phases, managed_objects, phase_result, zip_folder

pytestmark = pytest.mark.docker

FIXTURES = ROOT / "tests" / "fixtures" / "real_builds"
NAMES = (
    "start_decoy_main",
    "start_web_concurrency",
    "start_tests_configured",
    "start_missing_setting",
    "start_factory_with_config",
)
_NEEDED = {PhaseName.BUILD, PhaseName.START, PhaseName.CANDIDATE_TESTS}


@pytest.fixture(scope="module")
def reports(settings: GradeSettings, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Report]:
    tmp = tmp_path_factory.mktemp("real_starts")
    jobs = {name: (zip_folder(FIXTURES / name, tmp / f"{name}.zip"), settings) for name in NAMES}
    return grade_with_phases(_NEEDED, jobs)


def why_not_started(report: Report) -> str:
    """What intake and discovery saw, for the rare 'no FastAPI application found' that only a
    full docker run has shown (twice, on different fixtures of this module)."""
    starts = [f"{f.rule}: {f.detail}" for f in report.findings if f.rule.startswith("START")]
    seen = {k: report.metrics.get(k) for k in ("files", "routes")}
    return f"{report.submission.name}: {seen}; {starts}; {report.phases}"


def test_the_app_the_dockerfile_starts_is_served_not_the_decoy(
    reports: dict[str, Report],
) -> None:
    report = reports["start_decoy_main"]
    assert phase_result(report, PhaseName.START) == (PhaseStatus.OK, ""), why_not_started(report)
    [chosen] = [f for f in report.findings if f.rule == "START-APP-CHOSEN"]
    assert chosen.severity.value == "info" and chosen.flag is None
    assert (chosen.file, chosen.line) == ("blog/main.py", 6)
    assert chosen.detail.startswith("Serving blog/main.py:app: the repository's Dockerfile")
    assert "Other apps found: main.py:app." in chosen.detail


def test_one_process_fresh_secrets_and_only_names_reported(reports: dict[str, Report]) -> None:
    report = reports["start_web_concurrency"]
    assert phase_result(report, PhaseName.START) == (PhaseStatus.OK, ""), why_not_started(report)
    metrics = report.metrics
    assert metrics["env_names"] == (
        "ACCESS_TOKEN_EXPIRE_MINUTES,APP_NAME,SECRET_KEY,SESSION_SECRET,WEB_CONCURRENCY"
    )
    assert metrics["env_replaced"] == "SECRET_KEY,SESSION_SECRET"
    assert metrics["env_forced"] == "WEB_CONCURRENCY=1"
    assert not any(f.rule.startswith("START-") for f in report.findings)


def test_pytest_configuration_decides_which_tests_run(reports: dict[str, Report]) -> None:
    report = reports["start_tests_configured"]
    assert phase_result(report, PhaseName.START)[0] == PhaseStatus.OK, why_not_started(report)
    assert phase_result(report, PhaseName.CANDIDATE_TESTS) == (PhaseStatus.OK, ""), report.phases
    metrics = report.metrics
    assert (metrics["tests.total"], metrics["tests.passed"], metrics["tests.failed"]) == (3, 3, 0)
    assert metrics["tests.import_errors"] == 0
    rules = {f.rule for f in report.findings}
    assert not rules & {
        "TESTS-IMPORT-ERROR",
        "TESTS-RUN-ERROR",
        "TESTS-NONE-RUN",
        "TESTS-TIMEOUT",
        "TESTS-FAILING",
    }, rules


def test_a_missing_setting_is_named_as_the_cause(reports: dict[str, Report]) -> None:
    report = reports["start_missing_setting"]
    assert report.status.value == "start_failed"
    status, reason = phase_result(report, PhaseName.START)
    assert status == PhaseStatus.FAILED
    assert "database_url" in reason and "missing required setting" in reason, reason
    [crashed] = [f for f in report.findings if f.rule == "START-CRASHED"]
    assert crashed.detail.splitlines()[0].startswith("Settings is missing required setting(s)")
    assert "Field required" in crashed.detail  # the app's own output, kept as evidence
    # pydantic echoes the settings it got: the fresh JWT_SECRET is hidden, even cut short
    assert "'jwt_secret': '***" in crashed.detail, crashed.detail
    assert (crashed.file, crashed.line) == ("app/config.py", 12)
    text = markdown.render(report)
    assert "**Why the start phase failed:** the app exited at start-up" in text
    assert "database_url" in text.split("### Phases", 1)[0]
    assert report.metrics["env_replaced"] == "JWT_SECRET"
    assert "change-me" not in json.dumps(report.metrics)


def test_nothing_is_left_behind(reports: dict[str, Report], docker_client: Any) -> None:
    assert managed_objects(docker_client) == []


def test_a_schema_served_under_a_prefix_is_found_where_the_app_says(
    settings: GradeSettings, tmp_path: Any
) -> None:
    """`openapi_url=f"{settings.API_V1_STR}/openapi.json"`: discovery cannot evaluate it, the
    app knows it; the schema served there is the one fuzzed, and docs are not charged."""
    name = "start_schema_prefixed"
    jobs = {name: (zip_folder(FIXTURES / name, tmp_path / f"{name}.zip"), settings)}
    report = grade_with_phases({PhaseName.BUILD, PhaseName.START, PhaseName.FUZZ}, jobs)[name]
    assert phase_result(report, PhaseName.FUZZ)[0] == PhaseStatus.OK, report.phases
    assert report.metrics.get("schema_source") == "served"
    assert report.metrics.get("schema_url") == "/api/v1/openapi.json"
    assert "DOCS-SCHEMA-NOT-SERVED" not in {f.rule for f in report.findings}


def test_a_held_app_with_its_schema_hidden_gives_it_in_process_as_its_start_module_builds_it(
    settings: GradeSettings, tmp_path: Any
) -> None:
    """`self.app = FastAPI(openapi_url=None)` in a class main.py runs: the schema is not served,
    so the fuzzer takes it in-process, from the app the start module builds (not by importing
    `TodoNode.app`, which no module has)."""
    name = "start_held_app_hidden_schema"
    jobs = {name: (zip_folder(FIXTURES / name, tmp_path / f"{name}.zip"), settings)}
    report = grade_with_phases({PhaseName.BUILD, PhaseName.START, PhaseName.FUZZ}, jobs)[name]
    assert phase_result(report, PhaseName.FUZZ)[0] == PhaseStatus.OK, report.phases
    assert report.metrics.get("schema_source") == "in_process"
    assert "DOCS-SCHEMA-NOT-SERVED" in {f.rule for f in report.findings}


def test_a_factory_that_needs_its_config_is_served_as_its_start_module_builds_it(
    reports: dict[str, Report],
) -> None:
    report = reports["start_factory_with_config"]
    assert phase_result(report, PhaseName.START) == (PhaseStatus.OK, ""), why_not_started(report)
    assert report.metrics["start_seconds"] is not None
