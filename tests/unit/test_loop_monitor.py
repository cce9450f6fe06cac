"""The event-loop monitor against tiny apps of our own, served by uvicorn under the launcher."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest

from grader.discovery import ProjectFacts, discover
from grader.phases.blocking import blocking_findings
from grader.settings import GradeSettings
from probes.loop_report import summarize, summarize_requests

MONITOR = Path(__file__).resolve().parents[2] / "probes" / "loop_monitor.py"

BAD_APP = {
    "main.py": """
        import time
        from fastapi import Depends, FastAPI
        from deps import slow_hash
        from store import count_rows, name_of

        app = FastAPI()

        @app.middleware("http")
        async def timing(request, call_next):  # handlers now run in a child task
            return await call_next(request)

        @app.get("/sleep")
        async def sleep_route():
            time.sleep(0.2)  # PLANT sleep
            return {"ok": True}

        @app.get("/hash/{item_id}")
        async def hash_route(item_id: int, digest: bytes = Depends(slow_hash)):
            return {"n": len(digest)}

        @app.get("/sql")
        async def sql_route():
            return {"rows": count_rows()}  # PLANT sqlcall

        @app.get("/nplus")
        async def nplus():
            return {"names": [name_of(i) for i in range(6)]}  # PLANT loop

        @app.get("/six")
        async def six():  # one helper called from six lines: six queries, no loop
            a, b, c = name_of(1), name_of(2), name_of(3)
            d = name_of(4)
            e = name_of(5)
            f = name_of(6)
            return {"n": a + b + c + d + e + f}

        @app.get("/quadratic")
        async def quadratic():
            items = list(range(2500))  # ~6M comparisons: well above 20 ms on any CPU we run on
            pairs = sum(1 for a in items for b in items if a < b)  # PLANT quadratic
            return {"pairs": pairs}
    """,
    "deps.py": """
        import hashlib

        async def slow_hash() -> bytes:
            return hashlib.pbkdf2_hmac("sha256", b"pw", b"salt", 400_000)  # PLANT hash
    """,
    "store.py": """
        import sqlite3

        def count_rows() -> int:
            conn = sqlite3.connect(":memory:")
            conn.execute("PRAGMA foreign_keys = ON")  # sets the connection up: not counted
            conn.execute("create table t(x)")
            conn.executemany("insert into t values (?)", [(i,) for i in range(3000)])
            cursor = conn.cursor()
            cursor.execute("select count(*) from t a, t b where a.x < 1500")  # PLANT sql
            n = cursor.fetchone()[0]
            conn.close()
            return n

        def name_of(i: int) -> str:
            conn = sqlite3.connect(":memory:")
            row = conn.execute("select ?", (i,)).fetchone()  # PLANT one
            conn.close()
            return str(row[0])
    """,
}

GOOD_APP = {
    "main.py": """
        import asyncio
        import hashlib
        import time
        from fastapi import Depends, FastAPI
        from starlette.concurrency import run_in_threadpool

        app = FastAPI()

        def sync_dependency() -> int:
            time.sleep(0.1)
            return 1

        @app.get("/def")
        def plain_def(value: int = Depends(sync_dependency)):
            time.sleep(0.1)
            return {"value": value}

        @app.get("/to-thread")
        async def to_thread():
            await asyncio.to_thread(time.sleep, 0.15)
            return {}

        @app.get("/executor")
        async def executor():
            loop = asyncio.get_running_loop()
            await loop.run_in_executor(None, hashlib.pbkdf2_hmac, "sha256", b"pw", b"s", 300_000)
            return {}

        @app.get("/threadpool")
        async def threadpool():
            await run_in_threadpool(time.sleep, 0.15)
            await asyncio.sleep(0.05)
            return {}
    """,
}


@dataclass
class Served:
    root: Path
    base_url: str
    out: Path

    def records(self, kind: str) -> list[dict[str, Any]]:
        lines = self.out.read_text(encoding="utf-8").splitlines() if self.out.exists() else []
        return [r for r in map(json.loads, lines) if r["kind"] == kind]

    def counters(self) -> dict[str, Any]:
        counters: dict[str, Any] = json.loads(Path(f"{self.out}.counters.json").read_text())
        return counters

    def planted(self, file: str, marker: str) -> int:
        lines = (self.root / file).read_text(encoding="utf-8").splitlines()
        return next(n for n, text in enumerate(lines, 1) if f"PLANT {marker}" in text)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def serve(tmp_path: Path, files: dict[str, str], out: Path) -> Iterator[Served]:
    root = tmp_path / "app"
    root.mkdir()
    for name, text in files.items():
        (root / name).write_text(textwrap.dedent(text).lstrip(), encoding="utf-8")
    port = free_port()
    argv = [sys.executable, str(MONITOR), "--out", str(out), "--threshold-ms", "20",
            "--app-root", str(root), "--", "main:app", "--host", "127.0.0.1", "--port", str(port),
            "--log-level", "warning"]
    log = tmp_path / "server.log"
    with log.open("wb") as sink:
        process = subprocess.Popen(argv, cwd=root, stdout=sink, stderr=subprocess.STDOUT)
    base_url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                httpx.get(f"{base_url}/openapi.json", timeout=1)
                break
            except httpx.TransportError:
                if process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(log.read_text(errors="replace")) from None
                time.sleep(0.1)
        yield Served(root, base_url, out)
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def settle(served: Served, requests: int) -> None:
    """Wait for the watchdog's periodic flush to have written `requests` request records."""
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:
        served_requests = [r for r in served.records("request") if r["route"] != "/openapi.json"]
        if len(served_requests) >= requests:
            return
        time.sleep(0.1)


@pytest.fixture(scope="module")
def bad_app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    tmp = tmp_path_factory.mktemp("bad")
    served = serve(tmp, BAD_APP, tmp / "loop.jsonl")
    yield from served


@pytest.fixture(scope="module")
def bad_run(bad_app: Served) -> Served:
    for path in ("/sleep", "/hash/7", "/sql", "/quadratic", "/nplus", "/six", "/sleep"):
        assert httpx.get(bad_app.base_url + path, timeout=10).status_code == 200
    settle(bad_app, 7)
    return bad_app


@pytest.mark.parametrize(
    ("route", "file", "marker", "min_ms"),
    [("/sleep", "main.py", "sleep", 150), ("/hash/{item_id}", "deps.py", "hash", 20),
     ("/sql", "main.py", "sqlcall", 20), ("/quadratic", "main.py", "quadratic", 20)],
)
def test_a_blocking_call_is_pinned_to_its_line_and_route(
    bad_run: Served, route: str, file: str, marker: str, min_ms: float
) -> None:
    seen = [(b["route"], b["file"], b["line"], b["ms"]) for b in bad_run.records("block")]
    blocks = [b for b in bad_run.records("block") if b["route"] == route]
    assert blocks, seen
    block = max(blocks, key=lambda b: b["ms"])
    assert block["method"] == "GET"
    assert block["file"] == file
    assert abs(block["line"] - bad_run.planted(file, marker)) <= 2
    assert block["ms"] >= min_ms
    assert any(frame["file"] == file for frame in block["chain"])


def test_a_helper_in_another_module_keeps_the_handler_in_the_chain(bad_run: Served) -> None:
    """The async handler that called sync code is the culprit; the helper stays in the chain."""
    block = max((b for b in bad_run.records("block") if b["route"] == "/sql"), key=lambda b: b["ms"])
    assert block["function"] == "sql_route"
    assert block["chain"][-1]["file"] == "store.py"  # where the time was spent
    functions = [frame["function"] for frame in block["chain"]]
    assert "sql_route" in functions
    assert functions.index("sql_route") < functions.index("count_rows")
    assert block["chain"][functions.index("sql_route")]["file"] == "main.py"
    # held long enough to be flagged: the finding marks the handler and names the helper's line
    records = [json.dumps({**block, "ms": 250.0})]
    (blocked,) = blocking_findings(records, None, ProjectFacts(), GradeSettings())[0]
    last = block["chain"][-1]
    assert blocked.file == "main.py"
    assert [(r.file, r.line, r.role) for r in blocked.related] == [
        ("store.py", last["line"], "where the time went")
    ]


def test_sleep_duration_is_measured_not_guessed(bad_run: Served) -> None:
    sleeps = [b["ms"] for b in bad_run.records("block") if b["route"] == "/sleep"]
    assert len(sleeps) == 2
    # Time the loop thread spent waiting for a CPU is not credited (schedstat), sleeping is.
    assert all(150 <= ms <= 320 for ms in sleeps), sleeps


def test_sqlite_statements_are_counted_per_request(bad_run: Served) -> None:
    requests = {r["route"]: r for r in bad_run.records("request")}
    assert requests["/sql"]["statements"] == 3
    # each statement is charged to the line of the submission that issued it
    sites = {(site["file"], site["line"]): site["count"] for site in requests["/sql"]["sql_sites"]}
    assert sum(sites.values()) == 3 and all(file == "store.py" for file, _ in sites)
    assert ("store.py", bad_run.planted("store.py", "sql")) in sites
    assert requests["/sql"]["status"] == 200
    assert requests["/sleep"]["statements"] == 0
    assert bad_run.counters()["statements_outside_requests"] == 0


def test_summaries_group_blocks_and_requests(bad_run: Served) -> None:
    lines = bad_run.out.read_text(encoding="utf-8").splitlines()
    by_route = {s["route"]: s for s in summarize(lines)}
    assert by_route["/sleep"]["count"] == 2
    assert by_route["/sleep"]["total_ms"] > by_route["/sleep"]["worst_ms"]
    assert by_route["/sleep"]["line"] == bad_run.planted("main.py", "sleep")
    sql = {s["route"]: s for s in summarize_requests(lines)}
    assert sql["/sql"]["statements_max"] == 3
    assert sql["/sleep"]["count"] == 2


def test_correct_offloading_produces_no_block_at_app_lines(tmp_path: Path) -> None:
    out = tmp_path / "loop.jsonl"
    for served in serve(tmp_path, GOOD_APP, out):
        paths = ["/def", "/to-thread", "/executor", "/threadpool"]
        with httpx.Client(base_url=served.base_url, timeout=10) as client:
            for path in paths * 2:
                assert client.get(path).status_code == 200
        settle(served, len(paths) * 2)
        blamed = [b for b in served.records("block") if b["file"] is not None]
        assert blamed == []
        assert {r["route"] for r in served.records("request")} >= set(paths)
        assert "loop" in served.counters()["hooks"]


def test_an_unusable_output_path_still_serves_the_app(tmp_path: Path) -> None:
    out = tmp_path / "missing-dir" / "loop.jsonl"
    for served in serve(tmp_path, GOOD_APP, out):
        assert httpx.get(served.base_url + "/to-thread", timeout=10).status_code == 200
        assert not out.exists()


def test_summarize_ignores_forged_or_broken_lines() -> None:
    good = {"kind": "block", "ms": 30.0, "file": "a.py", "line": 3, "route": "/x", "method": "GET"}
    lines = [
        json.dumps(good), json.dumps(good | {"ms": 50}), "not json", "[1, 2]",
        json.dumps(good | {"ms": "lots"}), json.dumps(good | {"line": "3"}),
        json.dumps({"kind": "request", "method": "GET", "route": "/x", "statements": True, "ms": 1}),
        "x" * 30_000,
    ]
    summaries = summarize(lines)
    assert [(s["file"], s["line"], s["count"], s["worst_ms"]) for s in summaries] == [
        ("a.py", 3, 2, 50.0), ("a.py", None, 1, 30.0)
    ]
    assert summarize_requests(lines) == []


AIOSQLITE_APP = {
    "main.py": """
        import aiosqlite
        from fastapi import FastAPI

        app = FastAPI()
        DB = "items.db"

        @app.get("/items")
        async def items() -> list[int]:
            async with aiosqlite.connect(DB) as db:
                await db.execute("CREATE TABLE IF NOT EXISTS t (id INTEGER)")
                ids = [row[0] for row in await (await db.execute("SELECT id FROM t")).fetchall()]
                for item in ids:  # one query per row: N+1 on aiosqlite's own thread
                    await db.execute("SELECT id FROM t WHERE id = ?", (item,))
                return ids

        @app.post("/items")
        async def add(item: int) -> int:
            async with aiosqlite.connect(DB) as db:
                await db.execute("CREATE TABLE IF NOT EXISTS t (id INTEGER)")
                await db.execute("INSERT INTO t VALUES (?)", (item,))
                await db.commit()
            return item
    """,
}


LATE_AIOSQLITE_APP = {
    "main.py": """
        from contextlib import asynccontextmanager
        from fastapi import FastAPI

        DRIVER = {}

        @asynccontextmanager
        async def lifespan(app):
            import aiosqlite  # the driver arrives with the engine, after the app is loaded

            DRIVER["connect"] = aiosqlite.connect
            yield

        app = FastAPI(lifespan=lifespan)

        @app.get("/items")
        async def items() -> int:
            async with DRIVER["connect"](":memory:") as db:
                for item in range(6):
                    await db.execute("SELECT ?", (item,))
            return 6
    """,
}


def test_a_driver_imported_after_the_app_loads_is_hooked_before_the_requests(
    tmp_path: Path,
) -> None:
    """aiosqlite imported in the lifespan (an engine made there, fresh bw57-04): its queries
    run on its own thread and were all charged to no request, so no N+1 could be seen."""
    for served in serve(tmp_path, LATE_AIOSQLITE_APP, tmp_path / "loop.jsonl"):
        assert httpx.get(f"{served.base_url}/items", timeout=10).json() == 6
        settle(served, 1)
        (listed,) = [r for r in served.records("request") if r["route"] == "/items"]
        assert listed["statements"] == 6
        assert "aiosqlite" in served.counters()["hooks"]


def test_aiosqlite_statements_are_charged_to_the_request_that_awaited_them(
    tmp_path: Path,
) -> None:
    for served in serve(tmp_path, AIOSQLITE_APP, tmp_path / "loop.jsonl"):
        for item in range(4):
            httpx.post(f"{served.base_url}/items", params={"item": item}, timeout=10)
        assert httpx.get(f"{served.base_url}/items", timeout=10).json() == [0, 1, 2, 3]
        settle(served, 5)
        records = served.records("request")
        lists = [r for r in records if r["route"] == "/items" and r["method"] == "GET"]
        assert lists and lists[-1]["statements"] >= 1 + 1 + 4  # create, select, one per row
        assert "aiosqlite" in served.counters()["hooks"]


REDIS_APP = {
    "main.py": """
        import os

        import ratelimit
        import redis
        import redis.asyncio
        from fastapi import FastAPI

        app = FastAPI()
        store = redis.Redis(port=int(os.environ["TEST_REDIS_PORT"]), decode_responses=True)
        shared = redis.asyncio.Redis(port=int(os.environ["TEST_REDIS_PORT"]))

        @app.get("/posts")
        def posts() -> list[dict[str, str]]:
            ids = store.zrange("posts", 0, -1)
            return [store.hgetall(f"post:{i}") for i in ids]  # PLANT hgetall

        @app.get("/posts/piped")
        def piped() -> list[dict[str, str]]:
            pipe = store.pipeline()
            for i in store.zrange("posts", 0, -1):
                pipe.hgetall(f"post:{i}")
            return pipe.execute()

        @app.get("/count")
        async def count() -> int:
            return int(await shared.zcard("posts"))

        limited = FastAPI()
        limited.add_middleware(ratelimit.Limiter, store=store)  # a library's own Redis calls

        @limited.get("/limited")
        def limited_read() -> int:
            return 1

        app.mount("/lib", limited)
    """,
}
# A rate-limiting library installed beside the app (not the submission's code).
RATELIMIT_LIBRARY = """
class Limiter:
    def __init__(self, app, store):
        self.app, self.store = app, store

    async def __call__(self, scope, receive, send):
        if scope["type"] == "http":
            for _ in range(6):
                self.store.incr("hits")
        await self.app(scope, receive, send)
"""


@pytest.fixture
def redis_port(tmp_path: Path) -> Iterator[int]:
    """A real redis-server on a free loopback port, for the app under the monitor."""
    port = free_port()
    server = subprocess.Popen(
        ["redis-server", "--port", str(port), "--bind", "127.0.0.1", "--save", "",
         "--appendonly", "no", "--dir", str(tmp_path)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 10
        while True:
            with socket.socket() as probe:
                if probe.connect_ex(("127.0.0.1", port)) == 0:
                    break
            if server.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError("redis-server did not start")
            time.sleep(0.05)
        yield port
    finally:
        server.terminate()
        server.wait(timeout=10)


def test_redis_commands_are_counted_as_queries(
    tmp_path: Path, redis_port: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """One HGETALL per post is a key-value store's N+1: each command is charged to the line
    that sends it; a pipeline's buffered commands go in one round trip, counted once."""
    import redis

    seed = redis.Redis(port=redis_port)
    for i in range(6):
        seed.zadd("posts", {str(i): i})
        seed.hset(f"post:{i}", mapping={"title": f"t{i}"})
    monkeypatch.setenv("TEST_REDIS_PORT", str(redis_port))
    library = tmp_path / "site"
    library.mkdir()
    (library / "ratelimit.py").write_text(RATELIMIT_LIBRARY)
    monkeypatch.setenv("PYTHONPATH", str(library))
    for served in serve(tmp_path, REDIS_APP, tmp_path / "loop.jsonl"):
        for path in ("/posts", "/posts/piped", "/count", "/lib/limited"):
            assert httpx.get(f"{served.base_url}{path}", timeout=10).status_code == 200
        settle(served, 4)
        requests = {r["route"]: r for r in served.records("request")}
        assert requests["/posts"]["statements"] == 1 + 6  # ZRANGE, then one HGETALL per post
        assert requests["/limited"]["statements"] == 0  # no line of the app sent them
        assert requests["/posts/piped"]["statements"] == 1 + 1
        assert requests["/count"]["statements"] == 1  # redis.asyncio, awaited on the loop
        sites = {(s["file"], s["line"]): s["count"] for s in requests["/posts"]["sql_sites"]}
        assert sites[("main.py", served.planted("main.py", "hgetall"))] == 6
        assert "redis" in served.counters()["hooks"]


def test_a_query_in_a_loop_is_pinned_where_it_is_issued_and_names_the_loop(
    bad_run: Served,
) -> None:
    lines = bad_run.out.read_text(encoding="utf-8").splitlines()
    nplus = next(s for s in summarize_requests(lines) if s["route"] == "/nplus")
    one, loop = bad_run.planted("store.py", "one"), bad_run.planted("main.py", "loop")
    assert nplus["statements_max"] == 6 and nplus["busiest_count"] == 6
    assert (nplus["busiest_file"], nplus["busiest_line"]) == ("store.py", one)
    assert ("main.py", loop) in nplus["busiest_chain"]
    findings, _ = blocking_findings(lines, None, ProjectFacts(), GradeSettings(), bad_run.root)
    six = next(s for s in summarize_requests(lines) if s["route"] == "/six")
    assert six["statements_max"] == 6 and six["busiest_count"] == 3  # a, b, c share one line
    (n_plus_one,) = [f for f in findings if f.rule == "PERF-N-PLUS-ONE"]  # not /six
    # six statements at a bounded size: no growth to see, but one line repeated per item; the
    # finding sits at the per-item query, and says which loop repeats it
    assert (n_plus_one.file, n_plus_one.line) == ("store.py", one)
    assert f"6 of them were issued at store.py:{one}" in n_plus_one.detail
    assert f"once per item of the loop at main.py:{loop}" in n_plus_one.detail
    assert [(r.file, r.line) for r in n_plus_one.related] == [("main.py", loop)]
    # without the files, the loop cannot be named
    findings, _ = blocking_findings(lines, None, ProjectFacts(), GradeSettings())
    (bare,) = [f for f in findings if f.rule == "PERF-N-PLUS-ONE"]
    assert (bare.file, bare.line) == ("store.py", one) and "loop" not in bare.detail


def _request_with_sites(sites: list[tuple[str, int, int]], statements: int) -> str:
    return json.dumps({
        "kind": "request", "method": "GET", "route": "/posts", "status": 200,
        "statements": statements, "ms": 9.0,
        "sql_sites": [
            {"file": f, "line": n, "count": r, "repeats": r, "chain": [[f, n], ["api.py", 30]]}
            for f, n, r in sites
        ],
    })


def test_each_line_that_queries_per_item_is_its_own_finding() -> None:
    # a page of 10 posts: author and comment count lazy-loaded per post, one count query
    lines = [
        _request_with_sites([("models.py", 46, 10), ("models.py", 50, 10), ("api.py", 28, 1)], 21),
        _request_with_sites([("models.py", 46, 2), ("models.py", 50, 2), ("api.py", 28, 1)], 5),
    ]
    findings, _ = blocking_findings(lines, None, ProjectFacts(), GradeSettings())
    located = sorted((f.file, f.line) for f in findings if f.rule == "PERF-N-PLUS-ONE")
    assert located == [("models.py", 46), ("models.py", 50)]


def site(file: str, line: int, repeats: int, *callers: tuple[str, int]) -> dict[str, object]:
    """A line that issued SQL within one request, with the frames that called it."""
    chain = [[file, line], *[list(c) for c in callers]]
    return {"file": file, "line": line, "count": repeats, "repeats": repeats, "chain": chain}


def test_a_per_item_query_names_its_caller_and_the_query_that_loaded_the_items() -> None:
    # lazy loads per post after the page query; the token lookup ran before the handler
    record = {
        "kind": "request", "method": "GET", "route": "/posts", "status": 200, "statements": 12,
        "ms": 9.0,
        "sql_sites": [
            site("models.py", 46, 10, ("serializers.py", 12), ("api.py", 30)),
            site("deps.py", 8, 1),
            site("repo.py", 12, 1, ("service.py", 20), ("api.py", 30)),
            # a connect hook's PRAGMA, issued from inside the page query's first statement
            site("database.py", 21, 1, ("repo.py", 12), ("service.py", 20), ("api.py", 30)),
        ],
    }  # fmt: skip
    findings, _ = blocking_findings([json.dumps(record)], None, ProjectFacts(), GradeSettings())
    (n_plus_one,) = [f for f in findings if f.rule == "PERF-N-PLUS-ONE"]
    assert (n_plus_one.file, n_plus_one.line) == ("models.py", 46)
    # the serializer's line that reads the lazy attribute per item, then the page's query
    assert [(r.file, r.line) for r in n_plus_one.related] == [
        ("serializers.py", 12),
        ("repo.py", 12),
    ]
    assert "after the query at repo.py:12 loaded the items" in n_plus_one.detail


def test_lazy_loads_fired_while_the_reply_is_serialised_name_the_handler_s_page_query(
    tmp_path: Path,
) -> None:
    """A property lazy-loads per post while FastAPI serialises the reply: its chain shares no
    frame with the handler's, so the query the handler ran once is named, in the model helper
    the handler called and at that call (tune bw32-02)."""
    (tmp_path / "controllers.py").write_text(
        "from fastapi import APIRouter\n\nrouter = APIRouter()\n\n\n"
        "@router.get('/posts')\n"
        "def index(db=None):\n"
        "    stmt = 'page'\n"
        "    return db.scalars(stmt).all()  # the page\n"
    )
    facts = discover(tmp_path)

    record = {
        "kind": "request", "method": "GET", "route": "/posts", "status": 200, "statements": 22,
        "ms": 9.0,
        "sql_sites": [
            site("models/post.py", 41, 20),  # the property, called by FastAPI alone
            site("deps.py", 8, 1, ("deps.py", 20)),  # the token lookup: no frame of the handler
            site("models/post.py", 35, 1, ("controllers.py", 9)),  # Post.recent(db), the page
        ],
    }  # fmt: skip
    findings, _ = blocking_findings([json.dumps(record)], None, facts, GradeSettings(), tmp_path)
    (n_plus_one,) = [f for f in findings if f.rule == "PERF-N-PLUS-ONE"]
    assert (n_plus_one.file, n_plus_one.line) == ("models/post.py", 41)
    assert [(r.file, r.line, r.role) for r in n_plus_one.related] == [
        ("models/post.py", 35, "the query that loaded the items"),
        ("controllers.py", 9, "the handler's call that loads them"),
    ]


LAZY_ORM = """
    import sqlite3

    DB = sqlite3.connect(":memory:", check_same_thread=False)


    class LazyAuthor:
        \"\"\"An ORM's lazy relationship: the first read of `post.author` queries the database.\"\"\"

        def __get__(self, post, owner=None):
            return DB.execute("SELECT 'author ' || ?", (post.author_id,)).fetchone()[0]
"""

LAZY_APP = {
    "main.py": """
        import sys
        from pathlib import Path

        sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "lib"))

        from fastapi import FastAPI
        from pydantic import BaseModel, ConfigDict
        from fakeorm import DB, LazyAuthor

        app = FastAPI()
        PAGE = "WITH n(v) AS (SELECT 1 UNION ALL SELECT v + 1 FROM n WHERE v < 8) SELECT v, v % 6 FROM n"


        class Post:
            author = LazyAuthor()

            def __init__(self, row):
                self.id, self.author_id = row


        class PostOut(BaseModel):
            model_config = ConfigDict(from_attributes=True)
            id: int
            author: str


        @app.get("/posts", response_model=list[PostOut])
        def posts():
            rows = DB.execute(PAGE).fetchall()  # PLANT page
            return [Post(row) for row in rows]
    """,
}


def test_lazy_loads_with_none_of_the_submission_on_the_stack_name_the_page_query(
    tmp_path: Path,
) -> None:
    """An ORM lazy-loads each post's author while FastAPI serialises the reply: no frame of the
    submission issues those statements, yet they are the request's, and the finding sits at the
    page query the handler ran without eager loading (tune bw30-03)."""
    lib = tmp_path / "lib"
    lib.mkdir()
    (lib / "fakeorm.py").write_text(textwrap.dedent(LAZY_ORM).lstrip(), encoding="utf-8")
    for served in serve(tmp_path, LAZY_APP, tmp_path / "loop.jsonl"):
        assert len(httpx.get(f"{served.base_url}/posts", timeout=10).json()) == 8
        settle(served, 1)
        (record,) = [r for r in served.records("request") if r["route"] == "/posts"]
        assert (record["statements"], record["unattributed"]) == (9, 8)
        lines = served.out.read_text(encoding="utf-8").splitlines()
        facts = discover(served.root)
        findings, _ = blocking_findings(lines, None, facts, GradeSettings(), served.root)
        (n_plus_one,) = [f for f in findings if f.rule == "PERF-N-PLUS-ONE"]
        page = served.planted("main.py", "page")
        assert (n_plus_one.file, n_plus_one.line) == ("main.py", page)
        assert "8 of them ran with none of the submission's code on the stack" in n_plus_one.detail


def test_a_few_statements_outside_the_submission_are_no_n_plus_one() -> None:
    """A library's token lookup or two per request is not a query per item."""
    record = {
        "kind": "request", "method": "GET", "route": "/posts", "status": 200, "statements": 6,
        "unattributed": 4, "ms": 9.0, "sql_sites": [site("api.py", 30, 2)],
    }  # fmt: skip
    findings, _ = blocking_findings([json.dumps(record)], None, ProjectFacts(), GradeSettings())
    assert not [f for f in findings if f.rule == "PERF-N-PLUS-ONE"]
    forged = {**record, "unattributed": 40}  # more than the request's statements: dropped
    findings, _ = blocking_findings([json.dumps(forged)], None, ProjectFacts(), GradeSettings())
    assert not [f for f in findings if f.rule == "PERF-N-PLUS-ONE"]


def _block(ms: float, route: str = "/todos") -> str:
    return json.dumps({
        "kind": "block", "phase": "serving", "ms": ms, "samples": 1, "method": "GET",
        "route": route, "file": "main.py", "line": 12, "function": "get_db", "chain": [],
        "sites": [],
    })


def _request(route: str = "/todos") -> str:
    return json.dumps({
        "kind": "request", "method": "GET", "route": route, "status": 200, "statements": 1,
        "ms": 5.0,
    })


@pytest.mark.parametrize(
    ("stalls", "requests", "flagged"),
    [
        ([30.0, 28.0], 100, False),  # two short stalls in a hundred requests: machine noise
        ([30.0] * 60, 100, True),  # a short stall on most requests: the call blocks every time
        ([150.0], 100, True),  # one stall a user notices
        ([30.0, 28.0], 0, True),  # no request records to compare with: repeats are enough
        ([30.0], 1, False),  # once is never enough below the noticeable length
    ],
)
def test_short_stalls_count_only_when_they_recur_with_the_requests(
    stalls: list[float], requests: int, flagged: bool
) -> None:
    lines = [_block(ms) for ms in stalls] + [_request() for _ in range(requests)]
    findings, _ = blocking_findings(lines, None, ProjectFacts(), GradeSettings())
    assert any(f.rule == "ASYNC-LOOP-BLOCKED" for f in findings) is flagged


SLOW_START_APP = {
    "main.py": """
        import time
        from contextlib import asynccontextmanager
        from fastapi import FastAPI

        @asynccontextmanager
        async def lifespan(app):
            time.sleep(0.3)  # a start-up hash (fresh bw57-01's bcrypt dummy hash)
            yield

        app = FastAPI(lifespan=lifespan)
    """,
}


def test_a_block_that_began_during_start_up_is_start_up_s(tmp_path: Path) -> None:
    """The phase of a block is the one it began in: a hash in the lifespan may end after
    startup() has returned, and was recorded as a block while serving (a false async flag)."""
    for served in serve(tmp_path, SLOW_START_APP, tmp_path / "loop.jsonl"):
        time.sleep(0.5)
        blocks = served.records("block")
        assert blocks and all(b["phase"] == "starting" for b in blocks), blocks


def test_sql_issued_in_a_child_greenlet_is_charged_to_the_coroutine_that_awaited_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """SQLAlchemy's asyncio layer runs its sync code, and its statement events, in a child
    greenlet: the submission's frames are on the stack of the greenlet it switched from
    (fresh bw60-04: an N+1 over asyncpg was charged to no line). Outside a greenlet, nothing
    is borrowed."""
    import greenlet

    from probes import loop_monitor

    here = Path(__file__).resolve().as_posix()
    monkeypatch.setattr(
        loop_monitor, "APP_FILE", lambda name: "app.py" if Path(name).as_posix() == here else None
    )
    found: list[tuple[tuple[str, int], ...]] = []

    def handler() -> int:
        child = greenlet.greenlet(lambda: found.append(loop_monitor.app_chain(None)))
        child.switch()  # the handler's line: where the child was switched to
        return sys._getframe().f_lineno - 1

    line = handler()
    assert found == [(("app.py", line), *found[0][1:])]
    assert found[0][1:] and all(f == "app.py" for f, _ in found[0])
    assert loop_monitor.app_chain(None) == ()  # the main greenlet borrows from no one
