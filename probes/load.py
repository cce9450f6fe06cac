"""The sidecar's load probe: `python -m probes.load --schema ... --base-url ... --out load.json`.

Signs in as a fresh user the way the conformance probe does (probes.api_session; the fuzz phase's
credentials are the fallback: the fuzzer may have logged that user out or deleted it), seeds the
collection resource the conformance probe exercises, times list / get / create one at a time and
under `--users` locust users, times a trivial request while the slowest endpoint is flooded (an
event loop blocked by a handler makes that request wait), and checks that the list stays bounded
as the collection grows. Locust's gevent monkey-patching is applied in `main`, before anything
else opens a socket; the result file is written on every outcome, and the whole run stays within
`seconds * 4 + 20` seconds.
"""

from __future__ import annotations

import argparse
import importlib
import json
import logging
import os
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from probes.load_results import (
    MAX_ERROR_CHARS,
    MAX_ERRORS,
    EmbeddedList,
    EndpointName,
    EndpointStats,
    LatencyStats,
    ListScaling,
    ListSize,
    LoadResult,
    empty_load_result,
)
from probes.loopback import loopback_refusal, same_origin

EXIT_OK = 0
EXIT_BAD_ARGUMENTS = 2
REQUEST_TIMEOUT = 5.0
SEQUENTIAL_REQUESTS = 30
SETTLED_REQUESTS = 3
PROBE_ROUNDS = 5
PROBE_PATHS = ("/docs", "/openapi.json")

Call = tuple[str, str, Any]
"""(method, path, JSON body or None): one request of an endpoint."""


@dataclass
class Reply:
    status: int | None
    ms: float
    payload: Any


class Api:
    """Requests to the base URL only, no redirects followed, each bounded by the run's deadline."""

    def __init__(self, base_url: str, headers: dict[str, str], deadline: float) -> None:
        import requests
        from requests.adapters import HTTPAdapter

        self.base_url = base_url.rstrip("/")
        self.headers = headers
        self.deadline = deadline
        self.session = requests.Session()
        self.session.mount("http://", HTTPAdapter(pool_maxsize=256))
        self.session.mount("https://", HTTPAdapter(pool_maxsize=256))

    def remaining(self) -> float:
        return self.deadline - time.monotonic()

    def call(self, method: str, path: str, body: Any = None,
             params: dict[str, Any] | None = None,
             headers: dict[str, str] | None = None) -> Reply:
        url = self.base_url + path
        timeout = min(REQUEST_TIMEOUT, self.remaining())
        if not same_origin(url, self.base_url) or timeout <= 0:
            return Reply(None, 0.0, None)
        started = time.perf_counter()
        try:
            response = self.session.request(
                method, url, json=body, params=params,
                headers=self.headers if headers is None else headers, timeout=timeout,
                allow_redirects=False)
            content = response.content[:2_000_000]
        except Exception:
            return Reply(None, (time.perf_counter() - started) * 1000, None)
        ms = (time.perf_counter() - started) * 1000
        try:
            payload = json.loads(content) if content else None
        except ValueError:
            payload = None
        return Reply(response.status_code, ms, payload)


def percentile(values: Sequence[float], fraction: float) -> float | None:
    """Nearest-rank percentile, None for no values."""
    if not values:
        return None
    ordered = sorted(values)
    return round(ordered[min(len(ordered) - 1, max(0, int(fraction * len(ordered) + 0.5) - 1))], 2)


def stats_of(latencies: list[float], failures: int, seconds: float) -> LatencyStats:
    return {
        "requests": len(latencies) + failures,
        "failures": failures,
        "rps": round((len(latencies) + failures) / seconds, 2) if seconds > 0 else 0.0,
        "p50_ms": percentile(latencies, 0.50),
        "p95_ms": percentile(latencies, 0.95),
        "p99_ms": percentile(latencies, 0.99),
    }


def sequential(
    api: Api, calls: Callable[[int], Call], count: int, until: float, note: Callable[[str], None]
) -> LatencyStats:
    """`count` requests one at a time; the first failure is noted with its status, so that a
    load test whose every request failed says why (a refused token, a crash)."""
    latencies: list[float] = []
    failures = 0
    started = time.monotonic()
    for index in range(count):
        if time.monotonic() >= until:
            break
        method, path, *_ = call = calls(index)
        reply = api.call(*call)
        if reply.status is None or reply.status >= 400:
            if not failures:
                note(f"{method} {path} answered {reply.status or 'nothing'}")
            failures += 1
        else:
            latencies.append(reply.ms)
    return stats_of(latencies, failures, time.monotonic() - started)


def swarm(base_url: str, headers: dict[str, str], users: int, seconds: float,
          max_requests: int, calls: Callable[[int], Call]) -> LatencyStats:
    """`users` locust users hitting one endpoint back to back for `seconds` (or max_requests)."""
    gevent = importlib.import_module("gevent")
    from locust import FastHttpUser, constant, task
    from locust.env import Environment

    counter = iter(range(10**9))

    class Swarm(FastHttpUser):
        host = base_url
        wait_time = constant(0)
        network_timeout = REQUEST_TIMEOUT
        connection_timeout = REQUEST_TIMEOUT

        @task
        def hit(self) -> None:
            method, path, body = calls(next(counter))
            self.client.request(method, path, json=body, headers=headers, name="endpoint",
                                allow_redirects=False)

    environment = Environment(user_classes=[Swarm])
    runner = environment.create_local_runner()
    started = time.monotonic()
    runner.start(users, spawn_rate=max(users, 1) * 20)
    while time.monotonic() - started < seconds:
        if environment.stats.total.num_requests >= max_requests:
            break
        gevent.sleep(0.05)
    runner.quit()
    elapsed = time.monotonic() - started
    entry = environment.stats.total
    if entry.num_requests == 0:
        return stats_of([], 0, elapsed)

    def point(fraction: float) -> float:
        return round(float(entry.get_response_time_percentile(fraction)), 2)

    return {
        "requests": entry.num_requests,
        "failures": entry.num_failures,
        "rps": round(entry.num_requests / elapsed, 2),
        "p50_ms": point(0.50),
        "p95_ms": point(0.95),
        "p99_ms": point(0.99),
    }


def read_headers(path: Path | None) -> dict[str, str]:
    """Headers the fuzz phase wrote (`{"headers": {...}}`); a missing file means none."""
    if path is None or not path.is_file():
        return {}
    data = json.loads(path.read_text(encoding="utf-8"))
    headers = data.get("headers") if isinstance(data, dict) else None
    if not isinstance(headers, dict):
        return {}
    return {k: v for k, v in headers.items() if isinstance(k, str) and isinstance(v, str)}


THIRD_SIZE_UNDER_MS = 100.0
SIGN_IN_SECONDS = 15.0
# Writers of a shared collection's items: more than the grader's N+1 threshold of queries from
# one line per request (grader/phases/blocking.py LOOP_STATEMENTS), so that a page shows it.
AUTHORS = 6
NESTED_SIZES = (10, 40)


class LoadRun:
    """One run's state: the API, the collection, the seeded ids and the result being filled."""

    def __init__(self, args: argparse.Namespace, result: LoadResult, started: float) -> None:
        self.args = args
        self.result = result
        self.started = started
        self.budget = float(args.seconds) * 4 + 20 - 2
        self.api = Api(args.base_url, {}, started + self.budget)
        self.ids: list[str] = []
        self.created = 0
        self.authors: list[dict[str, str]] = []
        """Other signed-in users who also write items, when everyone sees everyone's items."""
        self.create_refused = True  # until a create succeeds or fails on the app's side
        self.raw: dict[str, Any] = {}

    def sign_in(self) -> None:
        """Credentials for every request: a fresh user signed in like the conformance probe's
        (or the static token from the environment), else the fuzz phase's. How they were got is
        recorded, so that a run the API refused says whether the probe held any."""
        from probes.api_session import Client, fresh_username, primary_identity

        client = Client(self.args.base_url, min(SIGN_IN_SECONDS, self.api.remaining()))
        try:
            identity = primary_identity(
                self.raw, client, fresh_username("load"), self.args.env_token
            )
        finally:
            client.close()
        fuzz = read_headers(self.args.auth_json)
        if identity.headers:
            self.api.headers, how = identity.headers, f"{identity.scheme}: {identity.note}"
        elif fuzz:
            self.api.headers, how = fuzz, f"the fuzz phase's credentials ({identity.note})"
        else:
            how = f"none: {identity.note}"
        self.result["auth"] = how[:MAX_ERROR_CHARS]

    def refusal(self, collection: Any) -> str | None:
        """Why nothing can be measured: no item could be created and the list (if any) is refused
        (401/403) too. Timing refusals would measure the app's rejection path, not its work."""
        if self.created:
            return None
        reply = self.api.call("GET", collection.list_url) if collection.list_url else None
        if reply is not None and reply.status not in (401, 403):
            return None
        seen = self.result["errors"][:1]
        if reply is not None:
            seen.append(f"GET {collection.list_path} answered {reply.status}")
        held = "signed in" if self.api.headers else "could not sign in"
        why = f"the API refused the load probe ({'; '.join(seen)}); it {held}"
        return f"{why}: {self.result['auth']}"[: MAX_ERROR_CHARS * 2]

    def note(self, message: str) -> None:
        if len(self.result["errors"]) < MAX_ERRORS:
            self.result["errors"].append(message[:MAX_ERROR_CHARS])

    def until(self, fraction: float) -> float:
        """A phase's deadline: `fraction` of the budget from now, never past the run's end."""
        return min(time.monotonic() + fraction * self.budget, self.api.deadline)

    def post(self, collection: Any, index: int, headers: dict[str, str] | None = None) -> Reply:
        """One item created; the required fields first, every field if those were refused (a
        422, or the 400 of a hand-written check: `title = p.get("title", "")` then "title
        required" reads as optional in the schema the probes wrote)."""
        from probes.load_target import example_value

        if collection.create_schema is None:
            return self.api.call("POST", collection.path, headers=headers)
        body = example_value(self.raw, collection.create_schema, index, False)
        reply = self.api.call("POST", collection.path, body, headers=headers)
        if reply.status in (400, 422):
            full = example_value(self.raw, collection.create_schema, index, True)
            reply = self.api.call("POST", collection.path, full, headers=headers)
        return reply

    def author(self, index: int) -> dict[str, str] | None:
        """The headers of the `index`th item's writer, in turn: None for the probe's user."""
        turn = index % (len(self.authors) + 1)
        return self.authors[turn - 1] if turn else None

    def create(self, collection: Any, index: int) -> bool:
        """One item, written by the next author in turn: the probe's user, or one of `authors`
        (their items are listed, not read back by id)."""
        other = self.author(index)
        if other is not None:
            reply = self.post(collection, index, other)
            if reply.status is not None and 200 <= reply.status < 300:
                self.created += 1
                return True
            self.note(f"another author's create answered {reply.status}; one author from now on")
            self.authors = []  # they may not write here: the probe's user seeds the rest
        reply = self.post(collection, index)
        self.create_refused = reply.status is not None and 400 <= reply.status < 500
        if reply.status is None or not 200 <= reply.status < 300:
            if self.created == 0 and index == 0:
                said = json.dumps(reply.payload)[:120] if reply.payload is not None else ""
                self.note(f"create {collection.path} answered {reply.status} {said}".strip())
            return False
        self.created += 1
        identifier = collection.id_of(reply.payload)
        if identifier is not None:
            self.ids.append(identifier)
        return True

    def ids_from_list(self, collection: Any) -> None:
        """Ids read back from the list, when the create reply carries none (a response model
        without the id): the item read is then still measured."""
        from probes.load_target import items_of

        if self.ids or not collection.list_url or not collection.item_readable:
            return
        reply = self.api.call("GET", collection.list_url)
        rows = items_of(reply.payload) if reply.status == 200 else None
        found = (collection.id_of(row) for row in rows or [])
        self.ids = [identifier for identifier in found if identifier is not None][:200]

    def shared_authors(self, collection: Any, until: float) -> None:
        """When a second user's item shows in the probe user's list (a blog's posts), sign up
        more users and let them write every other item: a page of items by one author hides an
        author lazy-loaded per item behind the ORM's identity map (one query for the page),
        where real data, by many authors, pays one query per item."""
        from probes.api_session import Client, fresh_username, sign_in

        if not self.api.headers or self.args.env_token or not collection.list_url:
            return
        signed: list[dict[str, str]] = []
        while len(signed) < AUTHORS - 1 and time.monotonic() < until:
            client = Client(self.args.base_url, min(SIGN_IN_SECONDS, until - time.monotonic()))
            try:
                identity = sign_in(self.raw, client, fresh_username("author"))
            finally:
                client.close()
            if not identity.headers or identity.headers == self.api.headers:
                break
            signed.append(identity.headers)
            if len(signed) == 1 and not self.shared_with(collection, identity.headers):
                return
        self.authors = signed
        self.result["authors"] = len(signed) + 1

    def shared_with(self, collection: Any, other: dict[str, str]) -> bool:
        """Whether an item another user writes shows in the probe user's list: on its first
        page, or on a page of a hundred (fuzzing may have filled an oldest-first first page).
        Being readable by id is not enough: an app that lets anyone read any todo (a missing
        ownership check) still lists each user's own."""
        from probes.load_target import items_of

        reply = self.post(collection, 10_000_000, other)
        theirs = collection.id_of(reply.payload) if reply.status in (200, 201) else None
        if theirs is None:
            return False
        for params in (None, {collection.limit_param: 100}):
            listing = self.api.call("GET", collection.list_url, params=params)
            rows = items_of(listing.payload) if listing.status == 200 else None
            if any(collection.id_of(row) == theirs for row in rows or []):
                return True
        return False

    def seed(self, collection: Any, count: int, until: float) -> int:
        made = 0
        for _ in range(count):
            if time.monotonic() >= until or not self.create(collection, self.created):
                break
            made += 1
        return made

    def list_latency(self, path: str, rounds: int = 7) -> tuple[float | None, int]:
        from probes.load_target import items_of

        latencies: list[float] = []
        count = 0
        for _ in range(rounds):
            reply = self.api.call("GET", path)
            items = items_of(reply.payload) if reply.status == 200 else None
            if items is not None:
                latencies.append(reply.ms)
                count = len(items)
        return (round(statistics.median(latencies), 2) if latencies else None), count

    def scaling(self, collection: Any, seeds: int) -> ListScaling:
        """List latency with the seeded collection, then with three times as many items more."""
        latency_n, n = self.list_latency(collection.list_url)
        sizes: list[ListSize] = [{"stored": self.created, "returned": n, "latency_ms": latency_n}]
        before = self.created
        self.seed(collection, 3 * seeds, self.until(0.2))
        created = self.created - before
        latency_4n, four_n = self.list_latency(collection.list_url)
        sizes.append({"stored": self.created, "returned": four_n, "latency_ms": latency_4n})
        # A third size, 8n, so growth is fitted, not guessed from two; skipped when the list is
        # already slow at 4n (that growth is plain, and the rest of the run needs the time).
        if created >= 3 * seeds and (latency_4n or 0.0) < THIRD_SIZE_UNDER_MS:
            self.seed(collection, 4 * seeds, self.until(0.15))
            latency_8n, eight_n = self.list_latency(collection.list_url, rounds=3)
            sizes.append({"stored": self.created, "returned": eight_n, "latency_ms": latency_8n})
        growth = self.list_growth(collection, collection.list_url, sizes)
        growth["limit_uncapped"] = self.uncapped(collection, collection.list_url, sizes[-1])
        return growth

    def list_growth(self, collection: Any, url: str, sizes: list[ListSize]) -> ListScaling:
        """How the list at `url` grew from its first size to its second (unbounded: by nearly
        everything created, with no documented default page), and whether `?limit=5` bounds it."""
        from probes.load_target import items_of

        first, second = sizes[0], sizes[1]
        created = second["stored"] - first["stored"]
        reply = self.api.call("GET", url, params={collection.limit_param: 5})
        limited = items_of(reply.payload) if reply.status == 200 else None
        honoured = None if limited is None or second["returned"] <= 5 else len(limited) <= 5
        grew = created > 0 and second["returned"] - first["returned"] >= 0.9 * created
        return {
            "n": first["returned"], "latency_n_ms": first["latency_ms"],
            "four_n": second["returned"], "latency_4n_ms": second["latency_ms"],
            "created": created, "unbounded": grew and collection.default_limit is None,
            "limit_param": collection.limit_param, "default_limit": collection.default_limit,
            "limit_honoured": honoured, "sizes": sizes,
        }

    def uncapped(self, collection: Any, url: str, largest: ListSize) -> int | None:
        """Items a page size far beyond the table returned, where the default page held fewer
        than the table: the page size has no maximum, one request reads every row. None when
        the default page already held everything (nothing to tell) or the size was capped."""
        from probes.load_target import items_of

        if not 0 < largest["returned"] < 0.9 * largest["stored"]:
            return None
        asked = 10 * largest["stored"]
        reply = self.api.call("GET", url, params={collection.limit_param: asked})
        items = items_of(reply.payload) if reply.status == 200 else None
        got = len(items) if items is not None else 0
        return got if got >= 0.9 * largest["stored"] and got > largest["returned"] else None

    def nested_scaling(self, collection: Any) -> None:
        """The collection under one item (a post's comments), listed at two sizes: a query per
        comment (its author) is an N+1 the main list never shows, and a post's comments served
        whole grow without bound. The loop monitor counts the list's queries per request."""
        from probes.load_target import find_nested

        nested = find_nested(self.raw, collection) if self.ids else None
        if nested is None:
            return
        under = nested.under(self.ids[0])
        assert under.list_url is not None
        self.result["nested_resource"] = nested.list_path
        sizes: list[ListSize] = []
        made = 0
        for size in NESTED_SIZES:
            until = self.until(0.1)
            while made < size and time.monotonic() < until:
                reply = self.post(under, made, self.author(made))
                if reply.status is None or not 200 <= reply.status < 300:
                    if not made:
                        self.note(f"create {nested.path} answered {reply.status}")
                    break
                made += 1
            latency, returned = self.list_latency(under.list_url, rounds=3)
            sizes.append({"stored": made, "returned": returned, "latency_ms": latency})
            if made < size:
                break
        if made >= NESTED_SIZES[-1]:
            self.result["nested_embedded"] = self.embedded(collection, made)
        if len(sizes) >= 2 and made:
            self.result["nested_scaling"] = self.list_growth(nested, under.list_url, sizes)

    def embedded(self, collection: Any, made: int) -> list[EmbeddedList]:
        """Where the parent item's reply carries all `made` items added under it (a post that
        embeds every comment): in the item read, and in the parent's row of the main list."""
        from probes.load_target import items_of

        found: list[EmbeddedList] = []
        parent = self.ids[0]
        reads: list[tuple[str, str]] = []
        if collection.item_readable:
            reads.append((collection.item_path, collection.item_url(parent)))
        if collection.list_url:
            reads.append((collection.list_path, collection.list_url))
        for shown, url in reads:
            reply = self.api.call("GET", url)
            if reply.status != 200:
                continue
            rows = [reply.payload] if shown == collection.item_path else items_of(reply.payload)
            row = next((r for r in rows or [] if collection.id_of(r) == parent), None)
            if not isinstance(row, dict):
                continue
            for key, value in row.items():
                if isinstance(value, list) and len(value) >= made:
                    found.append({"path": shown, "key": str(key)[:80], "count": len(value)})
        return found

    def endpoints(self, collection: Any) -> dict[EndpointName, Callable[[int], Call]]:
        from probes.load_target import example_value

        calls: dict[EndpointName, Callable[[int], Call]] = {}
        if collection.list_url:
            calls["list"] = lambda i: ("GET", collection.list_url, None)
        ids = list(self.ids)
        if ids and collection.item_readable:
            calls["get"] = lambda i: ("GET", collection.item_url(ids[i % len(ids)]), None)
        if self.created or not self.create_refused:
            # A create that never succeeded is measured when the app failed it (5xx, no answer):
            # those failures are the app's. A 4xx says the probe's body or credentials were
            # wrong, which measures nothing about the app.
            schema = collection.create_schema
            calls["create"] = lambda i: (
                "POST", collection.path,
                None if schema is None else example_value(self.raw, schema, 10_000 + i, False))
        return calls

    def measure_sequential(self, collection: Any) -> None:
        for name, make in self.endpoints(collection).items():
            method, path, _ = make(0)
            shown = {"get": collection.item_path, "list": collection.list_path}.get(name, path)
            entry: EndpointStats = {
                "name": name, "method": method, "concurrent": None, "path": shown or path,
                "sequential": sequential(
                    self.api, make, SEQUENTIAL_REQUESTS, self.until(0.1), self.note
                ),
            }
            self.result["endpoints"].append(entry)

    def measure_concurrent(self, collection: Any, names: tuple[EndpointName, ...]) -> None:
        """Creates go last: they grow the collection, which would slow every later list."""
        calls = self.endpoints(collection)
        share = max(1.0, self.args.seconds / len(calls))
        for entry in self.result["endpoints"]:
            make = calls.get(entry["name"])
            if entry["name"] == "create" and not self.created:
                continue  # failing creates were timed one at a time; a swarm of them adds nothing
            if entry["name"] in names and make is not None and self.api.remaining() > share + 10:
                busy = entry["concurrent"] = swarm(
                    self.api.base_url, self.api.headers, self.args.users, share,
                    max(1, self.args.max_requests // len(calls)), make)
                if busy["failures"]:
                    # The control: the same request again, alone. Failing then too, it fails
                    # for the app's state, which concurrency did not cause.
                    entry["settled"] = [
                        self.api.call(*make(20_000 + i)).status for i in range(SETTLED_REQUESTS)
                    ]

    def probe(self, calls: dict[EndpointName, Callable[[int], Call]]) -> None:
        """Time a trivial request idle, then with `users` requests to the slowest are in flight."""
        gevent = importlib.import_module("gevent")

        path = next((p for p in PROBE_PATHS if (self.api.call("GET", p).status or 500) < 400),
                    None)
        if path is None:
            self.note("no trivial endpoint answered: " + ", ".join(PROBE_PATHS))
            return
        self.result["probe_path"] = path
        idle = [self.api.call("GET", path) for _ in range(PROBE_ROUNDS)]
        self.result["idle_probe_ms"] = _median([r.ms for r in idle if r.status is not None])
        timed = {e["name"]: e["sequential"]["p50_ms"] or 0.0 if e["sequential"] else 0.0
                 for e in self.result["endpoints"] if e["name"] in calls}
        if not timed:
            return
        slowest = max(timed, key=lambda name: timed[name])
        self.result["probe_endpoint"] = slowest
        probes: list[float] = []
        for round_index in range(PROBE_ROUNDS):
            if self.api.remaining() < REQUEST_TIMEOUT * 2:
                self.note("probe rounds cut short by the time budget")
                break
            burst = [gevent.spawn(Api(self.api.base_url, self.api.headers, self.api.deadline).call,
                                  *calls[slowest](round_index * 1000 + i))
                     for i in range(self.args.users)]
            gevent.sleep(0.05)
            reply = Api(self.api.base_url, self.api.headers, self.api.deadline).call("GET", path)
            probes.append(reply.ms if reply.status is not None else REQUEST_TIMEOUT * 1000)
            gevent.joinall(burst, timeout=REQUEST_TIMEOUT)
            gevent.killall(burst, block=False)
        self.result["probe_ms"] = _median(probes)


def _median(values: list[float]) -> float | None:
    return round(statistics.median(values), 2) if values else None


def run_load(args: argparse.Namespace) -> LoadResult:
    """Every step in order; an exception ends the run with `error` set and what was measured."""
    started = time.monotonic()
    result = empty_load_result(args.users)
    try:
        import locust  # monkey-patches sockets for gevent: before any connection is opened

        logging.getLogger("locust").setLevel(logging.ERROR)
        result["locust_version"] = locust.__version__
        from probes.load_target import find_collection

        load = LoadRun(args, result, started)
        load.raw = json.loads(args.schema.read_text(encoding="utf-8"))
        collection = find_collection(load.raw, args.kind)
        if collection is None:
            result["error"] = "no collection resource (a POST that creates items) in the schema"
            load.probe({})
            return result
        result["resource"] = collection.list_path or collection.path
        load.sign_in()
        load.shared_authors(collection, load.until(0.1))
        result["seeded"] = load.seed(collection, args.seed_items, load.until(0.1))
        refusal = load.refusal(collection)
        if refusal is not None:
            result["error"] = refusal
            return result
        load.ids_from_list(collection)
        if result["seeded"] == 0:
            load.note("could not create any item; list-only measurements")
        elif collection.list_url:
            result["list_scaling"] = load.scaling(collection, args.seed_items)
            load.nested_scaling(collection)
        load.measure_sequential(collection)
        load.measure_concurrent(collection, ("list", "get"))
        load.probe(load.endpoints(collection))
        load.measure_concurrent(collection, ("create",))
    except Exception as exc:
        result["error"] = f"{type(exc).__name__}: {exc}"[:MAX_ERROR_CHARS]
    finally:
        result["seconds"] = round(time.monotonic() - started, 2)
    return result


def write_result(path: Path, result: LoadResult) -> None:
    """Write atomically, so the grader never reads half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".partial")
    partial.write_text(json.dumps(result, indent=2, sort_keys=True), encoding="utf-8")
    os.replace(partial, path)


def parser() -> argparse.ArgumentParser:
    cli = argparse.ArgumentParser(prog="python -m probes.load", description=__doc__)
    cli.add_argument("--schema", type=Path, required=True)
    cli.add_argument("--base-url", required=True)
    cli.add_argument("--auth-json", type=Path, default=None)
    cli.add_argument("--kind", default="unknown", choices=("todo", "blog", "unknown"))
    cli.add_argument("--env-token", default=None, help="NAME=VALUE of a static bearer token")
    cli.add_argument("--users", type=int, default=20)
    cli.add_argument("--seconds", type=float, default=8.0)
    cli.add_argument("--max-requests", type=int, default=3000)
    cli.add_argument("--seed-items", type=int, default=20)
    cli.add_argument("--out", type=Path, required=True)
    return cli


def main(argv: Sequence[str] | None = None) -> int:
    args = parser().parse_args(argv)
    refusal = loopback_refusal(args.base_url)
    if refusal is not None or args.users < 1 or args.seconds <= 0 or args.seed_items < 1:
        reason = refusal or "--users, --seconds and --seed-items must be positive"
        print(reason, file=sys.stderr)
        write_result(args.out, empty_load_result(max(args.users, 0), reason))
        return EXIT_BAD_ARGUMENTS
    write_result(args.out, run_load(args))
    return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
