"""The phases that probe the running app from the sidecar, and the candidate's own tests."""

from __future__ import annotations

import time
from typing import Any

from grader.checks.registry import make_finding
from grader.discovery import ProjectFacts
from grader.grading import Grading, PhaseFailed, PhaseSkipped
from grader.models import PhaseName
from grader.probing.candidate_tests import (
    findings_from_tests,
    metrics_from_tests,
    run_candidate_tests,
)
from grader.probing.conformance import (
    conformance_findings,
    conformance_metrics,
    run_conformance,
    run_security_probe,
    security_findings,
)
from grader.probing.fuzz import (
    SchemaUnavailable,
    copy_in_process_schema,
    fetch_served_schema,
    fuzz_findings,
    run_fuzzer,
)
from grader.probing.load import (
    blocking_findings,
    load_findings,
    load_metrics,
    read_loop_records,
    run_load,
)
from grader.probing.routes import locate_by_route
from grader.sandbox.containers import (
    container_state,
)
from grader.sandbox.engine import run_labels
from grader.settings import GradeSettings
from probes.load_results import LoadResult


def fuzz_phase(
    grading: Grading,
    settings: GradeSettings,
    facts: ProjectFacts,
    candidate: Any,
    sidecar: Any,
    deadline: float,
) -> None:
    with grading.phase(PhaseName.FUZZ):
        if time.monotonic() > deadline:
            raise PhaseSkipped(
                f"the grading time limit ({settings.grading_timeout_seconds:.0f} s) was reached"
            )
        source = "served"
        if not fetch_served_schema(sidecar, facts.openapi_url):
            source = "in_process"
            app = facts.app
            assert app is not None
            try:
                copy_in_process_schema(candidate, sidecar, app)
            except SchemaUnavailable as exc:
                raise PhaseFailed(f"no OpenAPI schema to fuzz: {exc}") from None
            file, line = (app.file, app.line)
            grading.add(
                make_finding(
                    "DOCS-SCHEMA-NOT-SERVED",
                    "GET of the schema URL gave no OpenAPI document; app.openapi() was used.",
                    file=file,
                    line=line,
                )
            )
        since = time.time()
        result = run_fuzzer(sidecar, settings, source)
        if result["error"]:
            raise PhaseFailed(f"the fuzzer could not run: {result['error']}")
        grading.add(*fuzz_findings(result, candidate, since))
        grading.metrics.update(
            {
                "fuzz_operations": result["operations_total"],
                "fuzz_operations_tested": result["operations_tested"],
                "fuzz_cases": result["cases"],
                "fuzz_seconds": round(result["seconds"], 2),
                "fuzz_auth": f"{result['auth']['scheme']}:{'ok' if result['auth']['ok'] else 'no'}",
                "schema_source": source,
            }
        )


def conformance_phase(
    grading: Grading,
    settings: GradeSettings,
    facts: ProjectFacts,
    candidate: Any,
    sidecar: Any,
    deadline: float,
    token: tuple[str, str] | None,
) -> None:
    with grading.phase(PhaseName.CONFORMANCE):
        if time.monotonic() > deadline:
            raise PhaseSkipped("the grading time limit was reached")
        if not grading.ok(PhaseName.FUZZ):
            raise PhaseSkipped("no OpenAPI schema was obtained")
        if container_state(candidate)[0] != "running":
            raise PhaseFailed("the app stopped during fuzzing")
        result = run_conformance(sidecar, facts.kind.value, settings, env_token=token)
        security = run_security_probe(sidecar, settings, env_token=token)
        if result["error"]:
            raise PhaseFailed(f"the conformance probe failed: {result['error']}")
        found = [*conformance_findings(result), *security_findings(security)]
        grading.add(*locate_by_route(found, facts))
        grading.metrics.update(conformance_metrics(result, security))


def load_phase(
    grading: Grading, settings: GradeSettings, facts: ProjectFacts, sidecar: Any
) -> LoadResult | None:
    result: LoadResult | None = None
    with grading.phase(PhaseName.LOAD):
        result = run_load(sidecar, settings)
        grading.metrics.update(load_metrics(result))
        if result["error"]:
            raise PhaseFailed(f"the load probe stopped early: {result['error']}")
        grading.add(*load_findings(result, facts))
    return result


def blocking_phase(
    grading: Grading,
    settings: GradeSettings,
    facts: ProjectFacts,
    candidate: Any,
    load: LoadResult | None,
) -> None:
    with grading.phase(PhaseName.BLOCKING):
        if not settings.loop_monitor:
            raise PhaseSkipped("the loop monitor was turned off")
        if container_state(candidate)[0] != "running":
            raise PhaseFailed("the app stopped before its loop records could be read")
        records = read_loop_records(candidate)
        if not records:
            raise PhaseFailed("the loop monitor recorded nothing (it may have failed to start)")
        findings, metrics = blocking_findings(records, load, facts, settings)
        grading.add(*findings)
        grading.metrics.update(metrics)


def candidate_tests_phase(
    grading: Grading,
    client: Any,
    settings: GradeSettings,
    facts: ProjectFacts,
    image: str,
    run_id: str,
    environment: dict[str, str],
) -> None:
    with grading.phase(PhaseName.CANDIDATE_TESTS):
        run = run_candidate_tests(
            client,
            image=image,
            facts=facts,
            settings=settings,
            labels=run_labels(run_id, "tests"),
            environment=environment,
        )
        # What the tests really sent supersedes the static guess about error paths.
        grading.drop("TESTS-HAPPY-PATH-ONLY")
        grading.add(*findings_from_tests(run, facts))
        grading.metrics.update(metrics_from_tests(run))
