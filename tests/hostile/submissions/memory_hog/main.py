"""Allocates (and touches) 3 GiB at import, 64 MiB at a time, then releases it.

Bounded: never more than 3 GiB; in the sandbox the memory limit kills it long before.
"""

from fastapi import FastAPI

CHUNK = 64 * 1024 * 1024
TOTAL = 3 * 1024 * 1024 * 1024

hoard = []
for _ in range(TOTAL // CHUNK):
    hoard.append(b"\x01" * CHUNK)
print(f"allocated {len(hoard) * CHUNK} bytes", flush=True)
hoard.clear()

app = FastAPI(title="Memory hog")


@app.get("/")
async def root() -> dict[str, str]:
    return {"status": "fed"}
