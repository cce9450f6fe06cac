"""Read what the loop monitor wrote: blocks per (file, line, route), SQL statements per route.

The monitor runs inside the candidate's process, so its output file is as untrusted as the
submission: every line is parsed defensively, fields of the wrong type are dropped, and the number
of lines and groups read is bounded.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable
from typing import Any, Literal

# pydantic refuses typing.TypedDict before Python 3.12; see probes/results.py.
if sys.version_info >= (3, 12):
    from typing import TypedDict
else:
    from typing_extensions import TypedDict

MAX_LINES = 20_000
MAX_LINE_CHARS = 20_000
MAX_GROUPS = 200
MAX_TEXT = 200


class FrameRecord(TypedDict):
    file: str
    line: int
    function: str


class SiteRecord(FrameRecord):
    ms: float


class BlockRecord(TypedDict):
    """One stretch during which one task held the event loop for at least the threshold."""

    kind: Literal["block"]
    phase: str
    ms: float
    samples: int
    method: str | None
    route: str | None
    file: str | None
    """Innermost frame under the app root, relative to it (posix); None if none was sampled."""
    line: int | None
    function: str | None
    chain: list[FrameRecord]
    """The submission's frames on the stack, outermost first."""
    sites: list[SiteRecord]
    """Innermost app frames seen during the block, most time first (a block can span calls)."""


class RequestRecord(TypedDict):
    kind: Literal["request"]
    method: str
    route: str
    status: int | None
    statements: int
    unattributed: int
    """Of the statements, those issued with none of the submission's frames on the stack."""
    ms: float


class BlockSummary(TypedDict):
    file: str | None
    line: int | None
    function: str | None
    method: str | None
    route: str | None
    count: int
    worst_ms: float
    total_ms: float
    inner: str | None
    """`file:line (function)` of the submission's innermost frame, when the time was spent in a
    sync helper the blocking `async def` called."""


class RepeatingSite(TypedDict):
    """A line of the submission that issued SQL, and how often its busiest call chain repeated
    within one request of the route (the most seen in any request)."""

    file: str
    line: int
    repeats: int
    chain: list[tuple[str, int]]


class RouteSqlSummary(TypedDict):
    method: str
    route: str
    count: int
    statements_min: int
    statements_max: int
    statements_total: int
    worst_ms: float
    busiest_file: str | None
    busiest_line: int | None
    """Where the request with the most statements issued most of them (the N+1 loop)."""
    busiest_count: int
    """The most statements one call chain issued within one request: a query in a loop repeats
    its chain, where one helper called from several lines makes several chains."""
    busiest_chain: list[tuple[str, int]]
    """The submission's frames that led to that line, innermost first (the loop is among them)."""
    repeating: list[RepeatingSite]
    """Every line that issued SQL, most repeated first: two lazy loads per item are two sites."""
    unattributed_max: int
    """The most statements one request issued with none of the submission's frames on the stack
    (an ORM lazy-loading a relationship per item while FastAPI serialises the reply)."""


def _records(lines: Iterable[str], kind: str) -> Iterable[dict[str, Any]]:
    for index, line in enumerate(lines):
        if index >= MAX_LINES:
            return
        if len(line) > MAX_LINE_CHARS:
            continue
        try:
            record = json.loads(line)
        except ValueError:
            continue
        if isinstance(record, dict) and record.get("kind") == kind:
            yield record


def _text(value: Any) -> str | None:
    return value[:MAX_TEXT] if isinstance(value, str) else None


def _number(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float) or value != value:
        return None
    return float(value)


def _int(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _inner(chain: Any, file: str | None, line: int | None) -> str | None:
    if not isinstance(chain, list) or not chain or not isinstance(chain[-1], dict):
        return None
    last = chain[-1]
    where = (_text(last.get("file")), _int(last.get("line")))
    if where == (file, line) or where[0] is None:
        return None
    return f"{where[0]}:{where[1]} ({_text(last.get('function')) or '?'})"


def summarize(lines: Iterable[str]) -> list[BlockSummary]:
    """Blocks grouped by (file, line, route), the longest total first."""
    groups: dict[tuple[Any, ...], BlockSummary] = {}
    for record in _records(lines, "block"):
        ms = _number(record.get("ms"))
        if ms is None or ms < 0:
            continue
        line = _int(record.get("line"))
        key = (
            _text(record.get("file")),
            line if line and line > 0 else None,
            _text(record.get("method")),
            _text(record.get("route")),
        )
        group = groups.get(key)
        if group is None:
            if len(groups) >= MAX_GROUPS:
                continue
            group = groups[key] = {
                "file": key[0],
                "line": key[1],
                "function": _text(record.get("function")),
                "method": key[2],
                "route": key[3],
                "count": 0,
                "worst_ms": 0.0,
                "total_ms": 0.0,
                "inner": _inner(record.get("chain"), key[0], key[1]),
            }
        group["count"] += 1
        group["worst_ms"] = max(group["worst_ms"], round(ms, 1))
        group["total_ms"] = round(group["total_ms"] + ms, 1)
    return sorted(groups.values(), key=lambda g: (-g["total_ms"], str(g["file"]), g["line"] or 0))


class _Site(TypedDict):
    file: str
    line: int
    count: int
    repeats: int  # statements of the one call chain that issued most of them
    chain: list[tuple[str, int]]


def _busiest_site(sites: Any) -> _Site | None:
    """The line that issued most of a request's statements: an N+1 loop's body."""
    best: _Site | None = None
    for site in sites if isinstance(sites, list) else []:
        if not isinstance(site, dict):
            continue
        file, line, count = _text(site.get("file")), _int(site.get("line")), _int(site.get("count"))
        if file and line and line > 0 and count and count > (best["count"] if best else 0):
            repeats = _int(site.get("repeats")) or 0
            chain = _chain(site.get("chain"))
            best = {"file": file, "line": line, "count": count, "repeats": repeats, "chain": chain}
    return best


MAX_SITES_PER_ROUTE = 10


def _merge_sites(known: list[RepeatingSite], sites: Any) -> None:
    """Keep, per line, the most repeats one request showed; most repeated first, bounded."""
    for site in sites if isinstance(sites, list) else []:
        if not isinstance(site, dict):
            continue
        file, line = _text(site.get("file")), _int(site.get("line"))
        repeats = _int(site.get("repeats"))
        if not (file and line and line > 0 and repeats and repeats > 0):
            continue
        same = next((k for k in known if (k["file"], k["line"]) == (file, line)), None)
        if same is None:
            known.append({"file": file, "line": line, "repeats": 0, "chain": []})
            same = known[-1]
        if repeats > same["repeats"]:
            same["repeats"], same["chain"] = repeats, _chain(site.get("chain"))
    known.sort(key=lambda k: (-k["repeats"], k["file"], k["line"]))
    del known[MAX_SITES_PER_ROUTE:]


def _chain(frames: Any) -> list[tuple[str, int]]:
    chain = []
    for frame in frames[:16] if isinstance(frames, list) else []:
        if isinstance(frame, list) and len(frame) == 2:
            file, line = _text(frame[0]), _int(frame[1])
            if file and line and line > 0:
                chain.append((file, line))
    return chain


def summarize_requests(lines: Iterable[str]) -> list[RouteSqlSummary]:
    """SQL statements per request, grouped by (method, route): N+1 queries show as a high max."""
    groups: dict[tuple[str, str], RouteSqlSummary] = {}
    for record in _records(lines, "request"):
        method, route = _text(record.get("method")), _text(record.get("route"))
        statements, ms = _int(record.get("statements")), _number(record.get("ms"))
        if method is None or route is None or statements is None or statements < 0 or ms is None:
            continue
        group = groups.get((method, route))
        if group is None:
            if len(groups) >= MAX_GROUPS:
                continue
            group = groups[(method, route)] = {
                "method": method,
                "route": route,
                "count": 0,
                "statements_min": statements,
                "statements_max": 0,
                "statements_total": 0,
                "worst_ms": 0.0,
                "busiest_file": None,
                "busiest_line": None,
                "busiest_count": 0,
                "busiest_chain": [],
                "repeating": [],
                "unattributed_max": 0,
            }
        group["count"] += 1
        _merge_sites(group["repeating"], record.get("sql_sites"))
        group["statements_min"] = min(group["statements_min"], statements)
        busiest = _busiest_site(record.get("sql_sites"))
        if busiest is not None and (
            statements > group["statements_max"] or busiest["repeats"] > group["busiest_count"]
        ):
            group["busiest_file"], group["busiest_line"] = busiest["file"], busiest["line"]
            group["busiest_count"], group["busiest_chain"] = busiest["repeats"], busiest["chain"]
        group["statements_max"] = max(group["statements_max"], statements)
        outside = _int(record.get("unattributed"))
        if outside is not None and 0 < outside <= statements:
            group["unattributed_max"] = max(group["unattributed_max"], outside)
        group["statements_total"] += statements
        group["worst_ms"] = max(group["worst_ms"], round(ms, 1))
    return sorted(groups.values(), key=lambda g: (-g["statements_max"], g["route"], g["method"]))
