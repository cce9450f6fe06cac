"""Quick load test. Start the server first:

    uv run uvicorn main:app --workers 1 --log-level warning

then:

    uv run python bench.py [n_requests] [concurrency]
"""
from __future__ import annotations

import asyncio
import statistics
import sys
import time

import httpx

BASE = "http://127.0.0.1:8000"


async def main(n: int, conc: int) -> None:
    async with httpx.AsyncClient(base_url=BASE) as c:
        await c.post("/auth/register", json={"username": "bench", "password": "benchbench"})
        key = (await c.post("/auth/token", json={"username": "bench", "password": "benchbench"})).json()["access_token"]
        h = {"X-API-Key": key}
        for i in range(200):
            await c.post("/posts", json={"title": f"post {i}", "content": "x" * 500}, headers=h)

        lat: list[float] = []
        sem = asyncio.Semaphore(conc)

        async def one(i: int) -> None:
            async with sem:
                t = time.perf_counter()
                if i % 2:
                    await c.get("/posts", params={"limit": 20, "offset": (i % 5) * 20})
                else:
                    await c.get(f"/posts/{1 + i % 200}")
                lat.append(time.perf_counter() - t)

        t0 = time.perf_counter()
        await asyncio.gather(*(one(i) for i in range(n)))
        dt = time.perf_counter() - t0

    lat.sort()
    print(f"{n} req in {dt:.2f}s -> {n / dt:,.0f} req/s")
    print(f"p50 {statistics.median(lat) * 1e3:.2f}ms  p99 {lat[int(len(lat) * .99)] * 1e3:.2f}ms")


if __name__ == "__main__":
    asyncio.run(main(int(sys.argv[1]) if len(sys.argv) > 1 else 5000,
                     int(sys.argv[2]) if len(sys.argv) > 2 else 64))
