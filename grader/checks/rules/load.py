"""Async confusion and performance ignorance, measured under load with the loop monitor."""

from __future__ import annotations

from grader.checks.registry import confirms, declare
from grader.models import RedFlag, Severity

declare(
    "ASYNC-LOOP-BLOCKED",
    RedFlag.ASYNC_CONFUSION,
    Severity.MAJOR,
    "The event loop is blocked by the submission's code",
    "blocking",
    "Inside async code, a call held the event loop longer than the threshold, so every other "
    "request waited. Counted when a stall lasts 100 ms or more, or recurs on at least half of "
    "the requests to that route: a short stall on a few of many requests is what a busy "
    "machine does to any code.\n\nWhy it matters: one slow request stalls the whole server. "
    "Use instead: `await` an async client, a plain `def` handler, or "
    "`await asyncio.to_thread(...)`.",
    confirms=(
        confirms("ASYNC-STATIC-BLOCKING-CALL", "near"),
        confirms("RUFF-ASYNC", "near", prefix=True),
    ),
)
declare(
    "PERF-SUPERLINEAR-LIST",
    RedFlag.PERFORMANCE_IGNORANCE,
    Severity.MAJOR,
    "List latency grows faster than the data",
    "load",
    "With four times the items the list endpoint got far more than four times slower.",
)
declare(
    "PERF-UNBOUNDED-LIST-MEASURED",
    RedFlag.PERFORMANCE_IGNORANCE,
    Severity.MINOR,
    "The list endpoint returns everything",
    "load",
    "The list grew with every item created and no page-size parameter limited it.",
    confirms=(
        confirms("PERF-UNBOUNDED-LIST", "near"),
        # the scenario saw the same list: at its route, or unlocated (a post's comments
        # measured whole confirm nothing about the post list's scenario)
        confirms("CONF-PAGINATION-SUPPORTED", "route"),
    ),
)
declare(
    "PERF-PAGE-SIZE-UNCAPPED",
    RedFlag.PERFORMANCE_IGNORANCE,
    Severity.MINOR,
    "Any page size is served: one request can read the whole table",
    "load",
    "The list pages by default, but a page size ten times the table returned every row: the "
    "page size has no maximum (`Query(50, ge=1)` without `le=`); or it pages only when asked, "
    "and a request that does not ask gets every row. It supports a performance "
    "verdict and never raises one alone (scoring/policy.py); the conformance scenario's own "
    "finding (CONF-PAGINATION-HUGE-LIMIT) is kept beside it.",
)
declare(
    "PERF-ERRORS-UNDER-LOAD",
    RedFlag.PERFORMANCE_IGNORANCE,
    Severity.MINOR,
    "Requests fail under concurrency",
    "load",
    "An endpoint that answers one request at a time fails when several arrive together.",
)
declare(
    "PERF-N-PLUS-ONE",
    RedFlag.PERFORMANCE_IGNORANCE,
    Severity.MAJOR,
    "One query per item (N+1)",
    "load",
    "The number of queries per list request (SQL statements, Redis commands) grows with the "
    "number of items, or one line issues a query for each item of the answer.",
)
declare(
    "PERF-SLOW-REQUEST",
    RedFlag.PERFORMANCE_IGNORANCE,
    Severity.MINOR,
    "Even a single read takes long",
    "load",
    "With one client and nothing else running, the fastest read endpoint still took more than "
    "the threshold per request: every request pays for work that does not scale (a slow hash "
    "per request, a table scan, a sleep).",
)
declare(
    "LOAD-NOTHING-CREATED",
    None,
    Severity.INFO,
    "List growth was not measured: the probe could not create any item",
    "load",
    "The load probe writes items to grow the list (for its latency at three sizes and its SQL "
    "statements per request); every create it sent was refused or failed, so neither was "
    "measured, and the performance verdict rests on what else was seen. The detail quotes the "
    "first refused create. Listed, never charged: a create the app refuses is the conformance "
    "scenarios' finding.",
)
