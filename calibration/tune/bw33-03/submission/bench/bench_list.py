"""Quick frame-budget style check: how long does a page of posts take with a big world?

    python bench/bench_list.py
"""
import statistics
import time

from fastapi.testclient import TestClient

from blog.api import app
from blog.world import User, world

N_POSTS = 200_000
RUNS = 500


def main() -> None:
    world.reset()
    author = User(1, "bench", "x")
    for i in range(N_POSTS):
        world.add_post(author, f"post {i}", "lorem ipsum " * 20)

    client = TestClient(app)
    for offset in (0, N_POSTS // 2):
        samples = []
        for _ in range(RUNS):
            t0 = time.perf_counter_ns()
            r = client.get("/posts", params={"limit": 20, "offset": offset})
            samples.append(time.perf_counter_ns() - t0)
            assert r.status_code == 200
        samples.sort()
        print(
            f"offset={offset:>7}  p50={statistics.median(samples) / 1e6:.3f} ms  "
            f"p99={samples[int(RUNS * 0.99)] / 1e6:.3f} ms"
        )


if __name__ == "__main__":
    main()
