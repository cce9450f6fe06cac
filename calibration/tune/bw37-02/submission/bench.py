# bench.py -- smoke + throughput check against a running server
#
#   python server.py &
#   python bench.py [n_requests] [concurrency]

import asyncio
import sys
import time

import httpx

BASE = "http://127.0.0.1:8000"


async def worker(client: httpx.AsyncClient, hdr: dict, n: int, lat: list) -> None:
    for i in range(n):
        t0 = time.perf_counter()
        r = await client.post("/todos", json={"title": f"item {i}"}, headers=hdr)
        assert r.status_code == 201, r.text
        tid = r.json()["id"]
        r = await client.get(f"/todos/{tid}", headers=hdr)
        assert r.status_code == 200
        r = await client.put(f"/todos/{tid}", json={"done": True}, headers=hdr)
        assert r.json()["done"] is True
        lat.append(time.perf_counter() - t0)


async def main(total: int, conc: int) -> None:
    async with httpx.AsyncClient(base_url=BASE, timeout=30) as c:
        name = f"bench{int(time.time())}"
        r = await c.post("/signup", json={"username": name, "password": "benchbench"})
        assert r.status_code == 201, r.text
        r = await c.post("/login", json={"username": name, "password": "benchbench"})
        hdr = {"Authorization": "Bearer " + r.json()["access_token"]}

        lat: list = []
        per = total // conc
        t0 = time.perf_counter()
        await asyncio.gather(*(worker(c, hdr, per, lat) for _ in range(conc)))
        dt = time.perf_counter() - t0

        r = await c.get("/todos", params={"limit": 200}, headers=hdr)
        assert len(r.json()) == min(200, per * conc)

        lat.sort()
        n = len(lat)
        print(f"{n} iterations (3 req each) in {dt:.2f}s -> {3 * n / dt:.0f} req/s")
        print(f"p50 {lat[n // 2] * 1000:.2f}ms  p99 {lat[int(n * 0.99)] * 1000:.2f}ms  max {lat[-1] * 1000:.2f}ms")


if __name__ == "__main__":
    total = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
    conc = int(sys.argv[2]) if len(sys.argv) > 2 else 32
    asyncio.run(main(total, conc))
