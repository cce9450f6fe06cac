"""Forks until the kernel says no, at import, then serves as if nothing happened.

Bounded: at most 300 children, each sleeps at most 60 s and exits; no reaping needed once the
parent ends. In the sandbox the pids limit stops the storm well before 300.
"""

import os
import time

from fastapi import FastAPI

MAX_CHILDREN = 300
CHILD_SECONDS = 60

children = 0
for _ in range(MAX_CHILDREN):
    try:
        pid = os.fork()
    except OSError as exc:
        print(f"fork storm stopped after {children} children: fork failed: {exc}", flush=True)
        break
    if pid == 0:
        time.sleep(CHILD_SECONDS)
        os._exit(0)
    children += 1
else:
    print(f"fork storm: all {children} children started", flush=True)

app = FastAPI(title="Fork storm")


@app.get("/")
async def root() -> dict[str, int]:
    return {"children": children}
