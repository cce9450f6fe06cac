"""Conformance phase: run the sidecar's reference scenarios and dynamic security checks against
the running app, and turn what they saw into findings of the rules that observe them.

Both probes read /work/schema.json (left in the sidecar by the fuzz phase) and sign in fresh
users of their own, so they depend on nothing else the fuzz phase did. The security probe runs
first and the scenarios end on invalid input, since a crash can leave an app broken for every
request after it; when it did, the app is restarted for the phases that follow (CONF-APP-BROKEN).
"""

from __future__ import annotations

import json
import time

from grader.checks.registry import make_finding, rule_observing
from grader.grading import PhaseFailed
from grader.models import Finding, RequestEvidence
from grader.phases.assumed_bodies import assume_bodies
from grader.phases.body_fields import BodyFields
from grader.phases.context import RunContext
from grader.phases.fuzz import MAX_SCHEMA_BYTES
from grader.phases.handler_lines import one_per_leak, with_handler_lines
from grader.phases.routes import locate_by_route, route_for
from grader.phases.server_errors import ServerErrors, service_excuse
from grader.phases.start import restart_app
from grader.phases.token_scheme import token_scheme
from grader.sandbox.containers import BASE_URL, container_state, probe_python, put_file, read_file
from grader.sandbox.engine import Container
from grader.sandbox.probe_results import run_probe
from probes.auth import TOKEN_SCHEME
from probes.conformance_results import ConformanceResult, Scenario, SecurityResult

PROBE_BUDGET_SECONDS = 60.0
_RESULT_BYTES = 2 * 1024 * 1024
_SCHEMA = "/work/schema.json"


# What the fuzzer saw that may have left the app broken (a crash that leaked a lock, a hang).
_CRASHES = frozenset({"FUZZ-SERVER-ERROR", "FUZZ-EXTREME-INPUT-ERROR", "FUZZ-TIMEOUT"})


def conformance_phase(ctx: RunContext) -> None:
    if container_state(ctx.candidate())[0] != "running":
        raise PhaseFailed("the app stopped during fuzzing")
    if _fresh_start_after_fuzzing(ctx):
        trouble = restart_app(ctx)
        if trouble:
            raise PhaseFailed(f"restarted after the fuzzer's server errors, {trouble}")
    sidecar, kind = ctx.sidecar(), ctx.facts.kind.value
    fields = BodyFields(ctx.facts, ctx.submission.root)
    ctx.grading.add(*assume_undocumented_bodies(ctx, sidecar, fields))
    since = time.time()
    result, security = run_probes(sidecar, kind, env_token=ctx.token)
    if result["error"]:
        raise PhaseFailed(f"the conformance probe failed: {result['error']}")
    errors = ServerErrors.read(ctx.candidate(), since, service_excuse(ctx))
    found = conformance_findings(result, errors)
    found = at_declared_fields(found, result, fields)
    found = at_list_route(found, result, fields)
    found += security_findings(security)
    ctx.grading.add(*one_per_leak(with_handler_lines(locate_by_route(found, ctx.facts), fields)))
    ctx.grading.metrics.update(conformance_metrics(result, security))
    if result["broken"]:
        trouble = restart_app(ctx)
        after = f"; restarting it failed: {trouble}" if trouble else "; the grader restarted it"
        ctx.grading.add(make_finding("CONF-APP-BROKEN", result["broken"] + after))


def _fresh_start_after_fuzzing(ctx: RunContext) -> bool:
    """The fuzzer sends malformed input by design; a crash it provoked can leave the app broken
    (tune bw1-05, bw6-01: a leaked SQLite write lock), and the scenarios would then measure the
    damage. Without servers a restart gives back the app exactly as first started (its files,
    /tmp and /var/tmp are fresh tmpfs); with servers their data would stay, so no restart."""
    started = ctx.sandbox.services
    crashed = any(f.rule in _CRASHES for f in ctx.grading.findings)
    return crashed and (started is None or started.network is None)


def assume_undocumented_bodies(
    ctx: RunContext, sidecar: Container, fields: BodyFields
) -> list[Finding]:
    """Write the bodies raw-body handlers read into the probes' schema (the load phase reads the
    same file later), and the token's scheme word when the code reads the header by hand
    (phases/token_scheme.py); one CONF-BODY-ASSUMED lists the bodies."""
    raw = read_file(sidecar, _SCHEMA, MAX_SCHEMA_BYTES)
    try:
        schema = json.loads(raw) if raw else None
    except ValueError:
        return []
    if not isinstance(schema, dict):
        return []
    assumed = assume_bodies(schema, fields, ctx.facts.kind.value)
    scheme = token_scheme(fields)
    if scheme is not None:
        schema[TOKEN_SCHEME] = scheme
        ctx.grading.metrics["token_scheme"] = scheme
    if assumed or scheme is not None:
        put_file(sidecar, _SCHEMA, json.dumps(schema).encode())
    if not assumed:
        return []
    ctx.grading.metrics["assumed_bodies"] = len(assumed)
    listed = "; ".join(body.describe() for body in assumed)
    detail = (
        f"The schema documents no body for {len(assumed)} write(s) whose handler reads one by "
        f"hand; the probes sent the keys the code reads (? = optional): {listed}."
    )
    return [make_finding("CONF-BODY-ASSUMED", detail)]


# Validation scenarios: the write they sent a malformed body to, by the scenario's id.
_BODY_WRITES = {
    "invalid-missing-field": ("POST",),
    "invalid-wrong-type": ("POST",),
    "invalid-null-update": ("PUT", "PATCH"),
}


def at_declared_fields(
    findings: list[Finding], result: ConformanceResult, fields: BodyFields
) -> list[Finding]:
    """A validation gap is located at the body model's field it got through, when found."""
    located = []
    for finding in findings:
        sid = finding.rule.removeprefix("CONF-").lower()
        scenario = next((s for s in result["scenarios"] if s["id"] == sid), None)
        methods = _BODY_WRITES.get(sid)
        field = scenario.get("field") if scenario is not None else None
        if scenario is not None and methods and field:
            where = fields.declaration(methods, scenario["path"], field)
            if where is not None:
                detail = (
                    f"{finding.detail}. {field!r} is declared at {where[0]}:{where[1]}, and "
                    "nothing there refuses what was sent."
                )
                update = {"file": where[0], "line": where[1], "detail": detail}
                finding = finding.model_copy(update=update)
        located.append(finding)
    return located


def _probe_argv(module: str, out: str, env_token: tuple[str, str] | None, *extra: str) -> list[str]:
    argv = probe_python(
        module,
        "--schema",
        _SCHEMA,
        "--base-url",
        BASE_URL,
        "--out",
        out,
        "--budget-seconds",
        str(PROBE_BUDGET_SECONDS),
        *extra,
    )
    if env_token is not None:
        argv += ["--env-token", f"{env_token[0]}={env_token[1]}"]
    return argv


# The probe bounds itself; the margin covers interpreter start-up and writing the file.
_TIMEOUT = PROBE_BUDGET_SECONDS + 30


def run_conformance(
    sidecar: Container, kind: str, env_token: tuple[str, str] | None = None
) -> ConformanceResult:
    """Run probes.conformance in the sidecar; raises RuntimeError when it produced no result.

    The probe's limits are fixed (5 s per request, 60 s in all), not settings, so that every
    submission gets the same scenarios.
    """
    out = "/work/conformance.json"
    argv = _probe_argv("probes.conformance", out, env_token, "--kind", str(kind))
    return run_probe(
        sidecar, argv, out, ConformanceResult, _TIMEOUT, "conformance probe", _RESULT_BYTES
    )


def run_probes(
    sidecar: Container, kind: str, env_token: tuple[str, str] | None = None
) -> tuple[ConformanceResult, SecurityResult]:
    """The security probe first: its requests are well-formed (a sign-up, reads, a quote in a
    query), while the conformance probe ends on invalid writes that may crash the app and leave
    it broken (a leaked SQLite write lock), which would hide a leaked password behind the damage."""
    security = run_security_probe(sidecar, env_token=env_token)
    return run_conformance(sidecar, kind, env_token=env_token), security


def run_security_probe(
    sidecar: Container, env_token: tuple[str, str] | None = None
) -> SecurityResult:
    """Run probes.security_probe in the sidecar; raises RuntimeError when it produced no result."""
    out = "/work/security.json"
    argv = _probe_argv("probes.security_probe", out, env_token)
    return run_probe(sidecar, argv, out, SecurityResult, _TIMEOUT, "security probe", _RESULT_BYTES)


def _evidence(method: str, path: str, status: int | None, curl: str) -> RequestEvidence | None:
    if not method or not curl:
        return None
    return RequestEvidence(method=method, path=path or "/", status=status, curl=curl)


def _status(scenario: Scenario) -> int | None:
    return int(scenario["got"]) if scenario["got"].isdigit() else None


# A malformed payload's scenario, and the scenario that sent a valid one to the same operation.
_VALID_CONTROL = {
    "invalid-missing-field": "create",
    "invalid-wrong-type": "create",
    "invalid-null-update": "update",
}


def _scenario_finding(
    scenario: Scenario, errors: ServerErrors, passed: frozenset[str] | set[str] = frozenset()
) -> Finding | None:
    status = _status(scenario)
    trace = None
    if status is not None and status >= 500:
        trace = errors.trace(scenario["method"], scenario["url_path"], scenario["path"])
    unreachable = errors.environment_to_blame(trace)
    rule = rule_observing(
        "conformance:service_unreachable" if unreachable else f"scenario:{scenario['id']}"
    )
    if rule is None:
        return None
    detail = scenario["detail"] or f"expected {scenario['expected']}, got {scenario['got']}"
    if scenario["got"] and scenario["got"] not in detail:
        detail += f" (expected {scenario['expected']}, got {scenario['got']})"
    if unreachable:
        detail += f"; the app could not reach {unreachable}"
    elif trace is not None:
        detail += f" (raised {trace.exception} at {trace.file}:{trace.line})"
    # Scenario titles state the expectation; a finding is the expectation not met.
    title = rule.title if unreachable else f"Not met: {rule.title}"
    if scenario["method"]:
        title = f"{scenario['method']} {scenario['path']}: {title}"
    # Proof of the weakness: the request went through (a 2xx), or the scenario needs no request
    # at all (no authentication, no pagination parameters). A crash (5xx) on a pagination bound
    # is proof too: the value reached the query unchecked. So is a crash on a malformed payload
    # where a valid one succeeded on the same operation: nothing refused it before the code
    # that broke on it (a NOT NULL column, a missing key); without that control, the operation
    # may fail whatever is sent. A 401 proves nothing: the probe was not let in. The policy
    # reads `proven`.
    went_through = status is not None and 200 <= status < 300
    crashed = status is not None and status >= 500 and not unreachable
    control = _VALID_CONTROL.get(scenario["id"])
    proven = (
        not scenario["method"]
        or went_through
        or (crashed and scenario["id"].startswith("pagination"))
        or (crashed and control is not None and control in passed)
    )
    if crashed and control is not None and control in passed:
        detail += f"; a valid payload passed the {control} scenario, so nothing refused this one"
    return make_finding(
        rule.code,
        detail,
        title=title,
        file=trace.file if trace else None,
        line=trace.line if trace else None,
        request=_evidence(scenario["method"], scenario["path"], status, scenario["curl"]),
        proven=proven,
    )


# Scenarios about access itself: a 401 there is the answer being checked, not a locked door.
_ACCESS_SCENARIOS = frozenset(
    {"authentication", "login", "unauthenticated-write", "unauthenticated-read",
     "other-user-read", "other-user-write", "other-user-delete"}
)  # fmt: skip
_LOCKED_OUT = 2


def _locked_out(scenarios: list[Scenario]) -> list[Scenario]:
    """Failures that are the probe's own: it was refused (401/403) where it expected an answer
    about the data, more than once. Its credentials did not work; the app's behaviour is unknown."""
    refused = [
        s
        for s in scenarios
        if s["status"] == "fail" and s["got"] in ("401", "403") and s["id"] not in _ACCESS_SCENARIOS
    ]
    return refused if len(refused) >= _LOCKED_OUT else []


def conformance_findings(
    result: ConformanceResult, errors: ServerErrors | None = None
) -> list[Finding]:
    """A finding per scenario not met; one that ended in a 500 is located at the line that
    raised it, and one the environment caused (a server the grading lost) is never charged."""
    errors = errors or ServerErrors([])
    locked = _locked_out(result["scenarios"])
    # 429: the app's rate limit answered the grader's own traffic (fuzzing signs in many times);
    # limiting is good practice, and the behaviour the scenario checks stays unknown.
    throttled = [s for s in result["scenarios"] if s["status"] == "fail" and s["got"] == "429"]
    passed = {s["id"] for s in result["scenarios"] if s["status"] in ("pass", "variant")}
    findings = [
        finding
        for scenario in result["scenarios"]
        if scenario["status"] == "fail" and scenario not in locked and scenario not in throttled
        for finding in [_scenario_finding(scenario, errors, passed)]
        if finding is not None
    ]
    if throttled:
        names = ", ".join(s["id"] for s in throttled)
        findings.append(
            make_finding(
                "CONF-UNVERIFIED",
                f"The app's rate limit answered 429 on {len(throttled)} scenario(s), after the "
                f"grader's own requests: {names}. Limiting is no fault; what these scenarios "
                "check is unknown.",
            )
        )
    if locked:
        names = ", ".join(s["id"] for s in locked)
        findings.append(
            make_finding(
                "CONF-UNVERIFIED",
                f"The probe's credentials were refused ({locked[0]['got']}) on {len(locked)} "
                f"scenario(s) that check the data, so they say nothing about the app: {names}. "
                f"How it signed in: {result['auth']}.",
            )
        )
    variants = [s for s in result["scenarios"] if s["status"] == "variant"]
    if variants:
        lines = [
            f"{s['id']}: {s['detail'] or s['got']}"
            + (f" ({s['method']} {s['path']})" if s["method"] else "")
            for s in variants
        ]
        findings.append(make_finding("CONF-VARIANT", "\n".join(lines)))
    return findings


def at_list_route(
    findings: list[Finding], result: ConformanceResult, fields: BodyFields
) -> list[Finding]:
    """A list without paging is the list route's (no single request shows it): placed at the
    handler, naming where it reads every row."""
    placed = []
    for finding in findings:
        if finding.rule == "CONF-PAGINATION-SUPPORTED" and finding.file is None:
            route = route_for(fields.facts, "GET", result["resource"])
            if route is not None:
                reads = fields.list_row_reads(route.path)
                finding = finding.model_copy(
                    update={
                        "file": route.file,
                        "line": route.line,
                        "related": list(reads),
                    }
                )
        placed.append(finding)
    return placed


def security_findings(result: SecurityResult) -> list[Finding]:
    findings = []
    for check in result["checks"]:
        if not check["confirmed"]:
            continue
        rule = rule_observing(f"security:{check['check']}")
        if rule is None:
            continue
        title = rule.title
        if check["method"]:
            title = f"{check['method']} {check['path']}: {title}"
        findings.append(
            make_finding(
                rule.code,
                check["detail"],
                title=title,
                request=_evidence(check["method"], check["path"], check["status"], check["curl"]),
            )
        )
    return findings


def conformance_metrics(
    result: ConformanceResult, security: SecurityResult | None = None
) -> dict[str, float | int | str | None]:
    counts = {status: 0 for status in ("pass", "fail", "variant", "not_applicable")}
    for scenario in result["scenarios"]:
        counts[scenario["status"]] += 1
    ran = counts["pass"] + counts["fail"] + counts["variant"]
    metrics: dict[str, float | int | str | None] = {
        "conformance_scenarios": ran,
        "conformance_passed": counts["pass"],
        "conformance_failed": counts["fail"],
        "conformance_variants": counts["variant"],
        "conformance_not_applicable": counts["not_applicable"],
        "conformance_pass_ratio": round((ran - counts["fail"]) / ran, 3) if ran else None,
        "conformance_resource": result["resource"],
        "conformance_seconds": round(result["seconds"], 2),
    }
    if security is not None:
        metrics["security_checks"] = len(security["checks"])
        metrics["security_confirmed"] = sum(c["confirmed"] for c in security["checks"])
    return metrics
