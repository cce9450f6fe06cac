"""Blocking phase: read the loop monitor's records out of the candidate's container and find
where the event loop was held, at the exact file:line, and which SQL ran per request.

The verdict rests on two measurements that agree: the monitor saw the loop held at a line of the
submission's own code while serving a route, and (as context) a trivial request sent during a
burst waited for it.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from grader.checks.registry import make_finding
from grader.discovery import ProjectFacts
from grader.grading import PhaseFailed, PhaseSkipped
from grader.models import Finding, Location
from grader.phases.context import RunContext
from grader.phases.routes import route_for
from grader.phases.source_loops import function_span, loop_frame
from grader.sandbox.containers import container_state, read_via_exec
from grader.sandbox.engine import Container
from grader.sandbox.images import INJECTED_DIR
from grader.settings import GradeSettings
from probes.load_results import LoadResult
from probes.loop_report import (
    BlockSummary,
    RepeatingSite,
    RouteSqlSummary,
    summarize,
    summarize_requests,
)

LOOP_RECORDS = "/tmp/grader-loop.jsonl"
MONITOR = f"{INJECTED_DIR}/loop_monitor.py"
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


def blocking_phase(ctx: RunContext) -> None:
    if not ctx.settings.loop_monitor:
        raise PhaseSkipped("the loop monitor was turned off")
    candidate = ctx.candidate()
    if container_state(candidate)[0] != "running":
        raise PhaseFailed("the app stopped before its loop records could be read")
    records = ctx.sandbox.loop_records + read_loop_records(candidate)
    if not records:
        raise PhaseFailed("the loop monitor recorded nothing (it may have failed to start)")
    findings, metrics = blocking_findings(
        records, ctx.sandbox.load, ctx.facts, ctx.settings, ctx.submission.root
    )
    ctx.grading.add(*findings)
    ctx.grading.metrics.update(metrics)


def read_loop_records(candidate: Container) -> list[str]:
    raw = read_via_exec(candidate, LOOP_RECORDS, _MAX_RECORD_BYTES)
    return raw.decode("utf-8", "replace").splitlines()


def blocking_findings(
    records: list[str],
    load: LoadResult | None,
    facts: ProjectFacts,
    settings: GradeSettings,
    root: Path | None = None,
) -> tuple[list[Finding], Metrics]:
    """Findings from the loop monitor's records; `root`, the submission's files, lets an N+1
    point at the loop that repeats the query rather than at the query alone."""
    serving = _serving_blocks(records)
    blocks = [b for b in summarize(serving) if b["file"] is not None and b["line"] is not None]
    probe = ""
    if load is not None and load["probe_ms"] is not None and load["idle_probe_ms"] is not None:
        probe = (
            f" A trivial request took {load['probe_ms']:.0f} ms during a burst "
            f"({load['idle_probe_ms']:.0f} ms alone)."
        )
    routes = summarize_requests(serving)
    served = {(r["method"], r["route"]): r["count"] for r in routes}
    findings = [
        _blocked(block, probe, settings)
        for block in blocks
        if _worth_flagging(block, served.get((block["method"] or "", block["route"] or "")))
    ]
    findings.extend(_n_plus_one(routes, facts, root))
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


# A stall this long is one a user notices, whatever caused it.
NOTICEABLE_MS = 100.0
# Below that, a blocking call stalls the loop on (nearly) every request that reaches it; stalls
# on a small share of a route's requests are what a busy machine does to any code.
RECURRING_SHARE = 0.5


def _worth_flagging(block: BlockSummary, requests: int | None) -> bool:
    """A real blocking call lasts or recurs with the requests; a short stall seen on a few of
    many requests is a scheduling hiccup on a shared machine, not the code."""
    if block["worst_ms"] >= NOTICEABLE_MS:
        return True
    if block["count"] < 2:
        return False
    return not requests or block["count"] >= RECURRING_SHARE * requests


def _blocked(block: BlockSummary, probe: str, settings: GradeSettings) -> Finding:
    route = f"{block['method'] or '?'} {block['route'] or '?'}"
    return make_finding(
        "ASYNC-LOOP-BLOCKED",
        f"While serving {route}, {block['function'] or 'this code'} held the event loop "
        f"{block['count']} time(s): worst {block['worst_ms']:.0f} ms, total "
        f"{block['total_ms']:.0f} ms (threshold {settings.loop_threshold_ms:g} ms).{probe}"
        + (
            f" The time went in {block['inner']}, a sync call made from async code."
            if block.get("inner")
            else ""
        ),
        file=block["file"],
        line=block["line"],
        extent=block["worst_ms"],
        title=f"Event loop blocked in {route}",
        related=_inner_location(block["inner"]),
    )


_INNER = re.compile(r"^(?P<file>.+):(?P<line>[1-9][0-9]*)(?: \(.*\))?$")


def _inner_location(inner: str | None) -> list[Location]:
    """The sync helper's line where the time went (`file:line (function)`), beside the handler."""
    found = _INNER.match(inner or "")
    if found is None:
        return []
    return [Location(file=found["file"], line=int(found["line"]), role="where the time went")]


# One line issuing this many statements within one request is a query inside a loop, even when
# the page size keeps the total from growing with the data.
LOOP_STATEMENTS = 5


def _n_plus_one(
    routes: list[RouteSqlSummary], facts: ProjectFacts, root: Path | None = None
) -> list[Finding]:
    """One finding per line that issues a query once per item of a GET's answer.

    The finding sits where the query is issued (the helper, the lazy-loading property): that is
    the per-item work a reviewer points at; the detail names the loop that repeats it.
    """
    findings = []
    for summary in routes:
        low, high = summary["statements_min"], summary["statements_max"]
        grows = high >= 10 and high > 2 * max(low, 1)
        sites = [s for s in summary["repeating"] if s["repeats"] >= LOOP_STATEMENTS]
        lazy = summary["unattributed_max"] >= LOOP_STATEMENTS
        if summary["method"].upper() != "GET" or not (grows or sites or lazy):
            continue
        seen = (
            f"ran between {low} and {high} queries per request as the collection grew"
            if grows
            else f"ran up to {high} queries per request"
        )
        if lazy and not sites:
            findings.append(_serialised_lazy_loads(summary, seen, facts, root))
            continue
        busiest = summary["busiest_file"], summary["busiest_line"]
        if not sites and busiest[0] is not None and busiest[1] is not None:
            sites = [
                {
                    "file": busiest[0],
                    "line": busiest[1],
                    "repeats": summary["busiest_count"],
                    "chain": summary["busiest_chain"],
                }
            ]
        if not sites:
            findings.append(
                _at_route(summary, f"GET {summary['route']} {seen}: one query per item.", facts)
            )
            continue
        for site in sites:
            where = f" {site['repeats']} of them were issued at {site['file']}:{site['line']}"
            related = []
            loop = loop_frame(root, site["chain"]) if root is not None else None
            if loop is not None and loop != (site["file"], site["line"]):
                where += f", once per item of the loop at {loop[0]}:{loop[1]}"
                related.append(
                    Location(file=loop[0], line=loop[1], role="the loop that repeats it")
                )
            caller = _per_item_call(site, loop)
            if caller is not None:
                related.append(caller)
            feeder = _feeding_query(summary["repeating"], site) or _handler_query(
                summary["repeating"], site, facts, root, summary["route"]
            )
            if feeder is not None:
                where += f", after the query at {feeder[0].file}:{feeder[0].line} loaded the items"
                related += [loc for loc in feeder if loc not in related]
            findings.append(
                make_finding(
                    "PERF-N-PLUS-ONE",
                    f"GET {summary['route']} {seen}: one query per item.{where}.",
                    file=site["file"],
                    line=site["line"],
                    extent=high,
                    related=related,
                )
            )
    return findings


def _serialised_lazy_loads(
    summary: RouteSqlSummary, seen: str, facts: ProjectFacts, root: Path | None
) -> Finding:
    """Statements none of the submission's frames issued: an ORM relationship (the author of
    each post) lazy-loaded while FastAPI serialises the reply. The submission's line to point
    at is the page query the handler ran without eager loading, and the handler's call of it."""
    outside = summary["unattributed_max"]
    detail = (
        f"GET {summary['route']} {seen}: one query per item. {outside} of them ran with none of"
        " the submission's code on the stack: a relationship lazy-loaded per item while the"
        " reply was serialised"
    )
    feeder = _handler_query(summary["repeating"], None, facts, root, summary["route"])
    if feeder is None:
        return _at_route(summary, f"{detail}.", facts)
    page, *call = feeder
    return make_finding(
        "PERF-N-PLUS-ONE",
        f"{detail}, after the query at {page.file}:{page.line} loaded the items without eager"
        " loading.",
        file=page.file,
        line=page.line,
        extent=summary["statements_max"],
        related=call,
    )


def _at_route(summary: RouteSqlSummary, detail: str, facts: ProjectFacts) -> Finding:
    """An N+1 no line of the submission issued: the finding sits at the route's handler."""
    route = route_for(facts, "GET", summary["route"])
    return make_finding(
        "PERF-N-PLUS-ONE",
        detail,
        file=route.file if route else None,
        line=route.line if route else None,
        extent=summary["statements_max"],
    )


def _handler_query(
    sites: list[RepeatingSite],
    per_item: RepeatingSite | None,
    facts: ProjectFacts,
    root: Path | None,
    route: str,
) -> list[Location] | None:
    """When the per-item queries share no caller with any other (lazy loads fired while
    FastAPI serialises the reply, after the handler returned), the query the route's handler
    ran once: the page it loaded without eager loading; and, when the query sits in a helper
    (`Post.recent(db, ...)`), the handler's line that called it."""
    handler = route_for(facts, "GET", route)
    span = function_span(root, handler.file, handler.line) if handler and root else None
    if handler is None or span is None:
        return None

    def in_handler(frame: tuple[str, int]) -> bool:
        return frame[0] == handler.file and span[0] <= frame[1] <= span[1]

    inside = [
        s
        for s in sites
        if s["repeats"] == 1
        and (per_item is None or (s["file"], s["line"]) != (per_item["file"], per_item["line"]))
        and any(in_handler(frame) for frame in s["chain"])
    ]
    if not inside:
        return None
    best = min(inside, key=lambda s: len(s["chain"]))
    found = [Location(file=best["file"], line=best["line"], role="the query that loaded the items")]
    call = next((frame for frame in best["chain"] if in_handler(frame)), None)
    if call is not None and call != (best["file"], best["line"]):
        found.append(
            Location(file=call[0], line=call[1], role="the handler's call that loads them")
        )
    return found


def _per_item_call(site: RepeatingSite, loop: tuple[str, int] | None) -> Location | None:
    """The submission's line that called the query helper for each item (`author =
    get_username(conn, row["author_id"])` in a per-row serializer), when it is neither the query
    nor the loop: the line a reviewer would rewrite into a join."""
    chain = site["chain"]
    if len(chain) < 2 or chain[1] == loop or chain[1] == (site["file"], site["line"]):
        return None
    return Location(file=chain[1][0], line=chain[1][1], role="the call that queries per item")


def _feeding_query(sites: list[RepeatingSite], per_item: RepeatingSite) -> list[Location] | None:
    """The query run once per request that loaded the items the per-item query follows: where
    eager loading or a join belongs. Of the lines that queried once, the one whose call chain
    shares most callers with the per-item query's (the handler both came from); an
    authentication lookup, called by FastAPI before the handler, shares none, and a statement
    issued from inside another one (a `PRAGMA` in a connect hook, run by the page query's first
    use of the connection) is that query's, not the items'."""
    callers = set(per_item["chain"][1:])
    once = [
        s
        for s in sites
        if s["repeats"] == 1
        and (s["file"], s["line"]) != (per_item["file"], per_item["line"])
        and callers & set(s["chain"][1:])
    ]
    places = {(s["file"], s["line"]) for s in once}
    outer = [s for s in once if not places & set(s["chain"][1:])]
    if not outer:
        return None
    best = max(outer, key=lambda s: (len(callers & set(s["chain"][1:])), -len(s["chain"])))
    return [Location(file=best["file"], line=best["line"], role="the query that loaded the items")]
