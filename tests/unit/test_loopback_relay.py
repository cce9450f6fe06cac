"""The loopback relay's place in the candidate's containers (grader/sandbox/relay.py): routes built
from the servers the grading started, checked, quoted, and put in front of the app's, the
migration's and the suite's command only when there are servers."""

from __future__ import annotations

import shlex
from pathlib import Path
from typing import Any

import pytest

from grader.discovery import discover
from grader.discovery.services import discover_services
from grader.events import ignore_events
from grader.grading import Grading
from grader.intake import intake
from grader.phases.candidate_tests import pytest_command, run_candidate_tests
from grader.phases.context import RunContext
from grader.phases.services import (
    ServicesStarted,
    StartedService,
    loopback_relay,
    plan_services,
    run_migrations,
)
from grader.phases.start import candidate_environment
from grader.pipeline import new_context
from grader.sandbox.containers import UnsafeEntrypoint, uvicorn_command
from grader.sandbox.relay import RELAY_SCRIPT, RelayRoute, relay_routes, with_relay
from grader.settings import GradeSettings, ServiceSettings
from grader.version import VERSION
from tests.conftest import ROOT

FIXTURES = ROOT / "tests" / "fixtures" / "services"
PG_AND_REDIS = relay_routes([("postgres", 5432), ("redis", 6379)])


def test_no_servers_leave_the_command_as_it_was() -> None:
    command = uvicorn_command("app.main", "app", ".", False)
    assert with_relay(command, ()) == command
    assert "service_relay" not in " ".join(with_relay(command, ()))


def test_an_app_built_by_the_start_module_is_served_through_the_launcher() -> None:
    command = uvicorn_command("todo.app", "new_app", ".", True, built_by="todo")
    script = command[2]
    assert "export GRADER_LAUNCHER=todo PYTHONPATH=/opt/grader-probes" in script
    served = shlex.split(script.rsplit("exec ", 1)[1])
    assert served[served.index("--app-dir") + 2] == "grader_launcher:app"
    assert "--factory" not in script and "todo.app:new_app" not in script
    with pytest.raises(UnsafeEntrypoint):
        uvicorn_command("todo.app", "new_app", ".", True, built_by="todo; rm -rf /")


def test_with_servers_the_relay_starts_first_then_the_same_script() -> None:
    command = uvicorn_command("app.main", "app", ".", False)
    relayed = with_relay(command, PG_AND_REDIS)
    assert relayed[:2] == ["sh", "-c"]
    relay, script = relayed[2].split("; ", 1)
    assert script == command[2]  # the app's own command, untouched
    assert shlex.split(relay) == [
        "python",
        "-I",
        "-S",
        RELAY_SCRIPT,
        "--detach",
        "5432=postgres:5432",
        "6379=redis:6379",
        ">/dev/null",
        "2>&1",
    ]


def test_routes_leave_out_the_apps_port_and_a_port_already_routed() -> None:
    routes = relay_routes([("db", 5432), ("postgres", 5432), ("dynamo", 8000), ("cache", 6379)])
    assert [r.argument() for r in routes] == ["5432=db:5432", "6379=cache:6379"]
    assert [r.shown() for r in routes] == [
        "127.0.0.1:5432 -> db:5432",
        "127.0.0.1:6379 -> cache:6379",
    ]


@pytest.mark.parametrize(
    ("listen", "host", "port"),
    [
        (5432, "db; rm -rf /", 5432),
        (5432, "$(id)", 5432),
        (5432, "a..b", 5432),
        (5432, "-db", 5432),
        (5432, "", 5432),
        (5432, "db\n", 5432),
        (0, "db", 5432),
        (5432, "db", 70000),
        (True, "db", 5432),
        ("5432", "db", 5432),
    ],
)
def test_a_host_or_port_that_is_not_plain_is_refused(listen: Any, host: Any, port: Any) -> None:
    with pytest.raises(ValueError):
        RelayRoute(listen, host, port)
    with pytest.raises(ValueError):
        relay_routes([(host, port if listen == 5432 else listen)])


def test_the_relay_goes_only_in_front_of_a_shell_script() -> None:
    with pytest.raises(ValueError):
        with_relay(["python", "-m", "uvicorn", "app:app"], PG_AND_REDIS)


def test_the_migration_and_the_suite_get_the_relay_too(tmp_path: Path) -> None:
    """Both containers are started with the relay in front of their usual script."""
    engine = _Engine()
    ctx = _context(FIXTURES / "pg_create_tables", tmp_path / "ws", engine)
    ctx.sandbox.image = "grader-submission:unit"
    started = _started(ctx, PG_AND_REDIS)
    outcome = run_migrations(ctx, started)
    assert outcome is not None and outcome.ok
    run_candidate_tests(
        engine,
        image="grader-submission:unit",
        facts=ctx.facts,
        settings=ctx.settings,
        labels={},
        network=started.network,
        relay=started.relay,
    )
    migration, suite = engine.commands
    expected_relay = with_relay(["sh", "-c", ""], PG_AND_REDIS)[2]
    assert migration[2].startswith(expected_relay)
    assert migration[2].endswith("python -m app.create_tables")
    assert suite == with_relay(pytest_command(ctx.facts, 150), PG_AND_REDIS)


def test_without_the_relay_the_suite_runs_as_before(tmp_path: Path) -> None:
    engine = _Engine()
    ctx = _context(FIXTURES / "pg_create_tables", tmp_path / "ws", engine)
    run_candidate_tests(
        engine, image="grader-submission:unit", facts=ctx.facts, settings=ctx.settings, labels={}
    )
    assert engine.commands == [pytest_command(ctx.facts, 150)]


def test_the_report_names_each_route_and_a_bad_name_gets_a_note(tmp_path: Path) -> None:
    ctx = _context(FIXTURES / "pg_create_tables", tmp_path / "ws", _Engine())
    services = [
        StartedService("postgres", "grader-postgres:15", ("db", "postgres"), None, 1.0, 5432),
        StartedService("redis", "grader-redis:7", ("bad name",), None, 1.0, 6379),
        StartedService("other", "other:1", ("other",), None, 1.0, 0),  # no port: no route
    ]
    routes = loopback_relay(ctx, services)
    assert [r.argument() for r in routes] == ["5432=db:5432"]
    assert ctx.grading.metrics["services_relay"] == "127.0.0.1:5432 -> db:5432"
    assert "no loopback relay to redis" in str(ctx.grading.metrics["services_notes"])


def test_a_localhost_url_in_the_code_is_served_unless_its_port_is_another(
    tmp_path: Path,
) -> None:
    root = tmp_path / "src"
    (root / "app").mkdir(parents=True)
    (root / "app" / "main.py").write_text("from fastapi import FastAPI\napp = FastAPI()\n")
    (root / "app" / "db.py").write_text(
        'URL = "postgresql+asyncpg://app:app@localhost:5432/app"\n'
        'CACHE = "redis://127.0.0.1/0"\n'
        'OTHER = "redis://localhost:6380/1"\n'
    )
    facts = discover(root)
    environment, _ = candidate_environment(facts)
    needs = discover_services(root, facts)
    plan = plan_services(needs, environment, ServiceSettings())
    assert {s.kind for s in plan.specs} == {"postgres", "redis"}
    postgres = next(s for s in plan.specs if s.kind == "postgres")
    assert postgres.accounts == (("app", "app"),)  # the URL's account is still made
    assert [n for n in plan.notes if "connects to" in n] == [
        "app/db.py:3 connects to localhost:6380 in the code; the Redis server answers under its "
        "host names, and on the app's loopback at port 6379 only, so that connection cannot "
        "succeed here"
    ]


# -- helpers -----------------------------------------------------------------------------------


class _Container:
    def wait(self, timeout: float) -> dict[str, int]:
        return {"StatusCode": 0}

    def logs(self, tail: int) -> bytes:
        return b""

    def remove(self, force: bool, v: bool) -> None:
        return None

    def kill(self) -> None:
        return None


class _Engine:
    """Records the command of each container the grader starts; each exits at once, with 0."""

    def __init__(self) -> None:
        self.commands: list[list[str]] = []
        self.containers = self

    def run(self, image: str, command: list[str], **_: Any) -> _Container:
        self.commands.append(command)
        return _Container()


def _context(source: Path, workspace: Path, engine: _Engine) -> RunContext:
    workspace.mkdir(parents=True)
    submission = intake(source, workspace)
    grading = Grading(ignore_events, VERSION)
    return new_context(
        grading, GradeSettings(), submission, discover(submission.root), engine, "unit"
    )


def _started(ctx: RunContext, relay: tuple[RelayRoute, ...]) -> ServicesStarted:
    needs = discover_services(ctx.submission.root, ctx.facts)
    service = StartedService("postgres", "grader-postgres:15", ("db",), None, 1.0, 5432)
    return ServicesStarted(network="grader-net-unit", services=(service,), needs=needs, relay=relay)
