"""The load and blocking phases on the host side: run the sidecar's load probe, read the loop
monitor's records out of the candidate's container, and turn both into metrics and findings.

The blocking verdict rests on two measurements that agree: the monitor saw the loop held at a
line of the submission's own code while serving a route, and (as context) a trivial request sent
during a burst waited for it.
"""

from __future__ import annotations

import json
from typing import Any

from grader.checks.registry import make_finding
from grader.discovery import ProjectFacts
from grader.models import Finding, Severity
from grader.probing.routes import route_for
from grader.probing.sidecar import run_probe
from grader.sandbox.containers import (
    BASE_URL,
    probe_python,
    read_via_exec,
)
from grader.settings import GradeSettings
from probes.load_results import EndpointStats, LoadResult
from probes.loop_report import BlockSummary, RouteSqlSummary, summarize, summarize_requests

LOOP_RECORDS = "/tmp/grader-loop.jsonl"
MONITOR = "/opt/grader-probes/loop_monitor.py"
_MAX_RECORD_BYTES = 20 * 1024 * 1024
Metrics = dict[str, float | int | str | None]


def monitor_prefix(threshold_ms: float) -> list[str]:
    """argv that runs uvicorn under our loop monitor; uvicorn's own arguments follow."""
    return [
        "python",
        MONITOR,
        "--out",
        LOOP_RECORDS,
        "--threshold-ms",
        f"{threshold_ms:g}",
        "--app-root",
        "/app",
        "--",
    ]


def run_load(sidecar: Any, settings: GradeSettings) -> LoadResult:
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
        "--out",
        "/work/load.json",
    )
    timeout = settings.load_seconds * 4 + 60
    return run_probe(sidecar, argv, "/work/load.json", LoadResult, timeout, "load probe")


def read_loop_records(candidate: Any) -> list[str]:
    raw = read_via_exec(candidate, LOOP_RECORDS, _MAX_RECORD_BYTES)
    return raw.decode("utf-8", "replace").splitlines()


def load_metrics(result: LoadResult) -> Metrics:
    metrics: Metrics = {
        "load.users": result["users"],
        "load.probe_ms": result["probe_ms"],
        "load.idle_probe_ms": result["idle_probe_ms"],
        "load.resource": result["resource"],
        "load.seconds": round(result["seconds"], 2),
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
    return metrics


def load_findings(result: LoadResult, facts: ProjectFacts) -> list[Finding]:
    findings: list[Finding] = []
    scaling = result["list_scaling"]
    list_route = route_for(facts, "GET", result["resource"])
    file = list_route.file if list_route else None
    line = list_route.line if list_route else None
    if scaling is not None:
        small, large = scaling["latency_n_ms"], scaling["latency_4n_ms"]
        growth = scaling["four_n"] / max(scaling["n"], 1)
        if small and large and large > 50 and growth >= 3 and large / small > 2.5 * growth:
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
            findings.append(
                make_finding(
                    "PERF-UNBOUNDED-LIST-MEASURED",
                    f"GET {result['resource']} returned all {scaling['four_n']} items; "
                    f"no page size was honoured (tried ?{scaling['limit_param']}=5).",
                    file=file,
                    line=line,
                )
            )
    for endpoint in result["endpoints"]:
        findings.extend(_errors_under_load(endpoint, facts))
    return findings


def _errors_under_load(endpoint: EndpointStats, facts: ProjectFacts) -> list[Finding]:
    calm, busy = endpoint["sequential"], endpoint["concurrent"]
    if calm is None or busy is None or busy["requests"] == 0:
        return []
    if calm["failures"] == 0 and busy["failures"] / busy["requests"] > 0.05:
        route = route_for(facts, endpoint["method"], endpoint["path"])
        return [
            make_finding(
                "PERF-ERRORS-UNDER-LOAD",
                f"{endpoint['method']} {endpoint['path']}: no failure one at a time, "
                f"{busy['failures']} of {busy['requests']} failed at concurrency.",
                file=route.file if route else None,
                line=route.line if route else None,
            )
        ]
    return []


def blocking_findings(
    records: list[str], load: LoadResult | None, facts: ProjectFacts, settings: GradeSettings
) -> tuple[list[Finding], Metrics]:
    serving = _serving_blocks(records)
    blocks = [b for b in summarize(serving) if b["file"] is not None and b["line"] is not None]
    probe = ""
    if load is not None and load["probe_ms"] is not None and load["idle_probe_ms"] is not None:
        probe = (
            f" A trivial request took {load['probe_ms']:.0f} ms during a burst "
            f"({load['idle_probe_ms']:.0f} ms alone)."
        )
    findings = [_blocked(block, probe, settings) for block in blocks if _worth_flagging(block)]
    findings.extend(_n_plus_one(summarize_requests(serving), facts))
    metrics: Metrics = {
        "blocking.sites": len(findings),
        "blocking.total_ms": round(sum(b["total_ms"] for b in blocks), 1),
        "blocking.worst_ms": round(max((b["worst_ms"] for b in blocks), default=0.0), 1),
    }
    return findings, metrics


def _serving_blocks(records: list[str]) -> list[str]:
    """Only blocks while the app was serving: start-up and shutdown are not request latency."""
    kept = []
    for line in records:
        try:
            record = json.loads(line)
        except ValueError:
            continue
        if record.get("kind") != "block" or record.get("phase") == "serving":
            kept.append(line)
    return kept


def _worth_flagging(block: BlockSummary) -> bool:
    """One short stall can be a scheduling hiccup on a busy machine; a real one repeats or lasts."""
    return block["count"] >= 2 or block["worst_ms"] >= 100


def _blocked(block: BlockSummary, probe: str, settings: GradeSettings) -> Finding:
    route = f"{block['method'] or '?'} {block['route'] or '?'}"
    severity = Severity.CRITICAL if block["worst_ms"] >= 200 else Severity.MAJOR
    return make_finding(
        "ASYNC-LOOP-BLOCKED",
        f"While serving {route}, {block['function'] or 'this code'} held the event loop "
        f"{block['count']} time(s): worst {block['worst_ms']:.0f} ms, total "
        f"{block['total_ms']:.0f} ms (threshold {settings.loop_threshold_ms:g} ms).{probe}",
        file=block["file"],
        line=block["line"],
        severity=severity,
        title=f"Event loop blocked in {route}",
    )


def _n_plus_one(routes: list[RouteSqlSummary], facts: ProjectFacts) -> list[Finding]:
    findings = []
    for summary in routes:
        low, high = summary["statements_min"], summary["statements_max"]
        if summary["method"].upper() == "GET" and high >= 10 and high > 2 * max(low, 1):
            route = route_for(facts, "GET", summary["route"])
            findings.append(
                make_finding(
                    "PERF-N-PLUS-ONE",
                    f"GET {summary['route']} ran between {low} and {high} SQL statements "
                    "per request as the collection grew: one query per item.",
                    file=route.file if route else None,
                    line=route.line if route else None,
                )
            )
    return findings
