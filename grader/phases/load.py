"""Load phase: the sidecar's locust probe at concurrency 1 and N, list scaling and the page
limit; its measurements become metrics and findings (the blocking phase reads its result too)."""

from __future__ import annotations

import math
from typing import Any

from grader.checks.registry import make_finding
from grader.discovery import ProjectFacts
from grader.grading import PhaseFailed
from grader.models import (
    Finding,
    LatencyAtLoad,
    ListSizeTimed,
    LoadMeasurements,
    Location,
    RequestEvidence,
)
from grader.phases.body_fields import BodyFields
from grader.phases.context import RunContext
from grader.phases.handler_lines import with_handler_lines
from grader.phases.routes import route_for
from grader.sandbox.containers import BASE_URL, probe_python
from grader.sandbox.engine import Container
from grader.sandbox.probe_results import run_probe
from grader.settings import GradeSettings
from probes.load_results import EndpointStats, ListScaling, ListSize, LoadResult

Metrics = dict[str, float | int | str | None]


def load_phase(ctx: RunContext) -> None:
    result = run_load(ctx.sidecar(), ctx.settings, ctx.facts.kind.value, ctx.token)
    ctx.sandbox.load = result
    ctx.grading.metrics.update(load_metrics(result))
    ctx.grading.measurements = ctx.grading.measurements.model_copy(
        update={"load": load_measurements(result)}
    )
    if result["error"]:
        raise PhaseFailed(f"the load probe stopped early: {result['error']}")
    if not answered_any(result):
        raise PhaseFailed(nothing_measured(result))
    fields = BodyFields(ctx.facts, ctx.submission.root)
    ctx.grading.add(*load_findings(result, ctx.facts, fields))


def nothing_measured(result: LoadResult) -> str:
    """Why a run whose every request failed measured nothing: latency of failures says nothing
    about scaling, so performance is not assessed. The first failure and how the probe signed
    in tell a reviewer whether the app or the probe's credentials were at fault."""
    reason = "every load request failed, so nothing was measured"
    if result["errors"]:
        reason += f"; the first error: {result['errors'][0][:300]}"
    if result["auth"]:
        reason += f"; credentials: {str(result['auth'])[:200]}"
    return reason


SUPERLINEAR_EXPONENT = 1.5  # items^1.5: quadratic work shows as ~2, a linear scan as ~1
SLOW_LIST_MS = 50.0  # below this, growth is noise on a shared machine


def growth_exponent(sizes: list[ListSize]) -> tuple[float, list[ListSize]] | None:
    """The least-squares slope of log(latency) over log(items stored), from 3 or more sizes."""
    points = [p for p in sizes if p["stored"] > 0 and (p["latency_ms"] or 0) > 0]
    if len(points) < 3 or points[-1]["stored"] < 4 * points[0]["stored"]:
        return None
    xs = [math.log(p["stored"]) for p in points]
    ys = [math.log(p["latency_ms"] or 1.0) for p in points]
    mean_x, mean_y = sum(xs) / len(xs), sum(ys) / len(ys)
    spread = sum((x - mean_x) ** 2 for x in xs)
    slope = sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys, strict=True)) / spread
    return round(slope, 2), points


def answered_any(result: LoadResult) -> bool:
    """At least one request of the load run got a successful answer."""
    for endpoint in result["endpoints"]:
        for stats in (endpoint["sequential"], endpoint["concurrent"]):
            if stats is not None and stats["requests"] > stats["failures"]:
                return True
    return not result["endpoints"] and result["list_scaling"] is not None


def run_load(
    sidecar: Container,
    settings: GradeSettings,
    kind: str = "unknown",
    env_token: tuple[str, str] | None = None,
) -> LoadResult:
    """Run probes.load in the sidecar against the kind's resource (the conformance probe's),
    signed in like the conformance probe, with the static token from the environment if any."""
    argv = probe_python(
        "probes.load",
        "--schema",
        "/work/schema.json",
        "--base-url",
        BASE_URL,
        "--auth-json",
        "/work/auth.json",
        "--users",
        str(settings.load_users),
        "--seconds",
        str(settings.load_seconds),
        "--seed-items",
        str(settings.load_seed_items),
        "--kind",
        kind,
        "--out",
        "/work/load.json",
    )
    if env_token is not None:
        argv += ["--env-token", f"{env_token[0]}={env_token[1]}"]
    timeout = settings.load_seconds * 4 + 60
    return run_probe(sidecar, argv, "/work/load.json", LoadResult, timeout, "load probe")


def load_measurements(result: LoadResult) -> LoadMeasurements:
    latencies = [
        LatencyAtLoad(
            endpoint=endpoint["name"],
            method=endpoint["method"],
            path=endpoint["path"],
            clients=clients,
            requests=stats["requests"],
            failures=stats["failures"],
            rps=stats["rps"],
            p50_ms=stats["p50_ms"],
            p95_ms=stats["p95_ms"],
            p99_ms=stats["p99_ms"],
        )
        for endpoint in result["endpoints"]
        for clients, stats in (
            (1, endpoint["sequential"]),
            (result["users"], endpoint["concurrent"]),
        )
        if stats is not None
    ]
    scaling = result["list_scaling"]
    sizes = scaling.get("sizes", []) if scaling is not None else []
    fitted = growth_exponent(sizes)
    return LoadMeasurements(
        users=result["users"],
        resource=result["resource"],
        latencies=latencies,
        probe_ms=result["probe_ms"],
        idle_probe_ms=result["idle_probe_ms"],
        list_sizes=[ListSizeTimed(**size) for size in sizes],
        list_growth_exponent=fitted[0] if fitted else None,
    )


def load_metrics(result: LoadResult) -> Metrics:
    metrics: Metrics = {
        "load.users": result["users"],
        "load.probe_ms": result["probe_ms"],
        "load.idle_probe_ms": result["idle_probe_ms"],
        "load.resource": result["resource"],
        "load.seconds": round(result["seconds"], 2),
        "load.auth": result["auth"],
    }
    for endpoint in result["endpoints"]:
        busy = f"c{result['users']}"
        for label, stats in (("c1", endpoint["sequential"]), (busy, endpoint["concurrent"])):
            if stats is None:
                continue
            prefix = f"load.{endpoint['name']}.{label}"
            metrics[f"{prefix}.requests"] = stats["requests"]
            metrics[f"{prefix}.failures"] = stats["failures"]
            metrics[f"{prefix}.rps"] = stats["rps"]
            for quantile in ("p50_ms", "p95_ms", "p99_ms"):
                metrics[f"{prefix}.{quantile}"] = stats[quantile]
    scaling = result["list_scaling"]
    if scaling is not None:
        metrics.update(
            {
                "load.list.n": scaling["n"],
                "load.list.latency_n_ms": scaling["latency_n_ms"],
                "load.list.four_n": scaling["four_n"],
                "load.list.latency_4n_ms": scaling["latency_4n_ms"],
                "load.list.unbounded": str(scaling["unbounded"]).lower(),
            }
        )
        fitted = growth_exponent(scaling.get("sizes", []))
        if fitted is not None:
            metrics["load.list.growth_exponent"] = fitted[0]
            metrics["load.list.sizes"] = ",".join(str(p["stored"]) for p in fitted[1])
    metrics["load.authors"] = result["authors"]
    nested = result["nested_scaling"]
    if nested is not None:
        metrics["load.nested.resource"] = result["nested_resource"]
        metrics["load.nested.sizes"] = ",".join(
            f"{p['stored']}:{p['returned']}" for p in nested["sizes"]
        )
        metrics["load.nested.unbounded"] = str(nested["unbounded"]).lower()
    return metrics


def load_findings(
    result: LoadResult, facts: ProjectFacts, fields: BodyFields | None = None
) -> list[Finding]:
    """What the probe measured, placed at the routes (and, with `fields`, the response model's
    field that embeds a whole collection)."""
    findings: list[Finding] = []
    scaling = result["list_scaling"]
    list_route = route_for(facts, "GET", result["resource"])
    file = list_route.file if list_route else None
    line = list_route.line if list_route else None
    if scaling is not None:
        fitted = growth_exponent(scaling.get("sizes", []))
        small, large = scaling["latency_n_ms"], scaling["latency_4n_ms"]
        growth = scaling["four_n"] / max(scaling["n"], 1)
        if fitted is not None:
            exponent, points = fitted
            slowest = max((p["latency_ms"] or 0.0) for p in points)
            if exponent >= SUPERLINEAR_EXPONENT and slowest > SLOW_LIST_MS:
                shown = ", ".join(f"{p['stored']} items {p['latency_ms']:.0f} ms" for p in points)
                findings.append(
                    make_finding(
                        "PERF-SUPERLINEAR-LIST",
                        f"GET {result['resource']}: {shown}: latency grows as items^"
                        f"{exponent:.1f} (linear would be ^1.0).",
                        file=file,
                        line=line,
                        extent=exponent,
                    )
                )
        elif (
            small
            and large
            and large > SLOW_LIST_MS
            and growth >= 3
            and large / small > 2.5 * growth
        ):
            findings.append(
                make_finding(
                    "PERF-SUPERLINEAR-LIST",
                    f"GET {result['resource']}: {small:.0f} ms with {scaling['n']} items, "
                    f"{large:.0f} ms with {scaling['four_n']} "
                    f"({large / small:.1f}x for {growth:.0f}x the data).",
                    file=file,
                    line=line,
                )
            )
        if scaling["unbounded"] and scaling["limit_honoured"] is not True:
            reads = _reads(fields, list_route.path) if list_route else ()
            findings.append(
                make_finding(
                    "PERF-UNBOUNDED-LIST-MEASURED",
                    f"GET {result['resource']} returned all {scaling['four_n']} items; "
                    f"no page size was honoured (tried ?{scaling['limit_param']}=5).",
                    file=file,
                    line=line,
                    related=list(reads),
                )
            )
        if scaling.get("limit_uncapped"):
            findings.append(_uncapped(result, scaling, file, line, fields))
        elif scaling["unbounded"] and scaling["limit_honoured"] is True:
            findings.append(_no_default_page(result, scaling, file, line, fields))
    if scaling is None and result["seeded"] == 0 and result["resource"]:
        first = next((e for e in result["errors"] if e.startswith("create ")), None)
        findings.append(
            make_finding(
                "LOAD-NOTHING-CREATED",
                f"GET {result['resource']} was measured empty: "
                + (first or "no create answered 2xx"),
                file=file,
                line=line,
            )
        )
    findings.extend(_nested_unbounded(result, facts))
    findings.extend(_embedded(result, facts, fields))
    for endpoint in result["endpoints"]:
        findings.extend(_errors_under_load(endpoint, facts))
    findings.extend(_slow_alone(result, facts))
    return findings


def _uncapped(
    result: LoadResult,
    scaling: ListScaling,
    file: str | None,
    line: int | None,
    fields: BodyFields | None,
) -> Finding:
    """The default page holds part of the table, any page size the client names holds all of it:
    one request reads every row. Placed at the route, naming where the page size is declared;
    the policy lets it support a performance verdict, never make one alone."""
    name, stored = scaling["limit_param"], scaling["sizes"][-1]["stored"]
    path, asked = result["resource"] or "/", 10 * stored
    detail = (
        f"GET {path} answers {scaling['four_n']} of {stored} items by default, but "
        f"?{name}={asked} returned {scaling.get('limit_uncapped')}: the page size has no maximum."
    )
    return _page_size_finding(detail, path, f"?{name}={asked}", file, line, fields)


def _no_default_page(
    result: LoadResult,
    scaling: ListScaling,
    file: str | None,
    line: int | None,
    fields: BodyFields | None,
) -> Finding:
    """A page size honoured when asked for, with no default: a client that does not ask reads
    every row (`limit=None` then `if limit: sql += " LIMIT ..."`, tune bw39-02). The same
    defect as a page size without a maximum, and charged as one: supporting, never alone."""
    name, path = scaling["limit_param"], result["resource"] or "/"
    detail = (
        f"GET {path} returned all {scaling['four_n']} items when no page size was asked; "
        f"?{name}=5 is honoured, but nothing bounds a request that does not ask for a page."
    )
    return _page_size_finding(detail, path, "", file, line, fields)


def _page_size_finding(
    detail: str,
    path: str,
    query: str,
    file: str | None,
    line: int | None,
    fields: BodyFields | None,
) -> Finding:
    """PERF-PAGE-SIZE-UNCAPPED at the list route, with the request that reads every row and,
    with `fields`, the handler's page-size parameter."""
    finding = make_finding(
        "PERF-PAGE-SIZE-UNCAPPED",
        detail,
        file=file,
        line=line,
        request=RequestEvidence(
            method="GET",
            path=path,
            status=200,
            curl=f"curl -s '{BASE_URL}{path}{query}' -H 'Authorization: Bearer <token>'",
        ),
    )
    return with_handler_lines([finding], fields)[0] if fields is not None else finding


def _at_route(
    code: str, detail: str, facts: ProjectFacts, method: str, path: str | None, **more: Any
) -> Finding:
    """A finding of `code` placed at the handler of `method path` (unplaced when unknown)."""
    route = route_for(facts, method, path)
    return make_finding(
        code,
        detail,
        file=route.file if route else None,
        line=route.line if route else None,
        **more,
    )


def _reads(fields: BodyFields | None, path: str) -> tuple[Location, ...]:
    """Where the list's handler reads every row (read from the files, never run)."""
    return fields.list_row_reads(path) if fields is not None else ()


def _embedded(result: LoadResult, facts: ProjectFacts, fields: BodyFields | None) -> list[Finding]:
    """A parent's reply that carries everything added under it (every comment inside the post):
    unbounded like a list without a page, however the list route itself pages."""
    nested = result["nested_resource"] or "the items under it"
    findings = []
    for embedded in result["nested_embedded"]:
        path, key = embedded["path"], embedded["key"]
        field = fields.response_field("GET", path, key) if fields is not None else None
        related = (
            [Location(file=field[0], line=field[1], role=f"the response field {key}")]
            if field
            else []
        )
        findings.append(
            _at_route(
                "PERF-UNBOUNDED-LIST-MEASURED",
                f"GET {path} embeds all {embedded['count']} items the probe added under one "
                f"parent ({nested}) in its field '{key}': nothing limits how many it carries.",
                facts,
                "GET",
                path,
                related=related,
            )
        )
    return findings


def _nested_unbounded(result: LoadResult, facts: ProjectFacts) -> list[Finding]:
    """A post's comments served whole: the list under one item grew by everything added to it."""
    nested, path = result["nested_scaling"], result["nested_resource"]
    if nested is None or path is None:
        return []
    if not nested["unbounded"] or nested["limit_honoured"] is True:
        return []
    return [
        _at_route(
            "PERF-UNBOUNDED-LIST-MEASURED",
            f"GET {path} returned all {nested['four_n']} items added under one parent; "
            f"no page size was honoured (tried ?{nested['limit_param']}=5).",
            facts,
            "GET",
            path,
        )
    ]


SLOW_REQUEST_MS = 100.0  # a read of a small collection answers in a few ms on these machines


def _slow_alone(result: LoadResult, facts: ProjectFacts) -> list[Finding]:
    reads = [
        (endpoint, endpoint["sequential"])
        for endpoint in result["endpoints"]
        if endpoint["method"].upper() == "GET" and endpoint["sequential"] is not None
    ]
    timed = [(e, s["p50_ms"]) for e, s in reads if s is not None and s["p50_ms"] is not None]
    if not timed:
        return []
    fastest, ms = min(timed, key=lambda pair: pair[1] or 0.0)
    if ms is None or ms <= SLOW_REQUEST_MS:
        return []
    return [
        _at_route(
            "PERF-SLOW-REQUEST",
            f"{fastest['method']} {fastest['path']} took {ms:.0f} ms per request with one client "
            f"(median), the fastest read the probe made; threshold {SLOW_REQUEST_MS:.0f} ms.",
            facts,
            fastest["method"],
            fastest["path"],
            extent=ms,
        )
    ]


# The one server answer that says the app refused on purpose: its storage is full.
_FULL = 507


def _refused_alone(statuses: list[int | None]) -> bool:
    """The same request, made alone after the swarm, is still refused with a deliberate answer
    (a 4xx, or 507 "table full"): the swarm's failures are the app's state (bw41-02 caps every
    user at 256 todos), which concurrency did not cause. No answer, or any other 5xx (a 503 is
    what an exhausted pool answers), is no excuse."""
    return bool(statuses) and all(
        status is not None and (400 <= status < 500 or status == _FULL) for status in statuses
    )


def _errors_under_load(endpoint: EndpointStats, facts: ProjectFacts) -> list[Finding]:
    calm, busy = endpoint["sequential"], endpoint["concurrent"]
    if calm is None or busy is None or busy["requests"] == 0:
        return []
    if _refused_alone(endpoint.get("settled") or []):
        return []
    if calm["failures"] == 0 and busy["failures"] / busy["requests"] > 0.05:
        return [
            _at_route(
                "PERF-ERRORS-UNDER-LOAD",
                f"{endpoint['method']} {endpoint['path']}: no failure one at a time, "
                f"{busy['failures']} of {busy['requests']} failed at concurrency.",
                facts,
                endpoint["method"],
                endpoint["path"],
            )
        ]
    return []
