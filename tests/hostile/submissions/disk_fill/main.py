"""Writes 1 GiB next to itself at import (its cwd in the sandbox), then crashes if it cannot.

Bounded: at most 1 GiB, in its own folder, and the file is removed before the error goes on.
"""

import os

from fastapi import FastAPI

CHUNK = b"\0" * (1024 * 1024)
target = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fill.bin")
try:
    with open(target, "wb") as fh:
        for _ in range(1024):
            fh.write(CHUNK)
finally:
    if os.path.exists(target):
        os.remove(target)

app = FastAPI(title="Disk fill")


@app.get("/")
async def root() -> dict[str, str]:
    return {"status": "room to spare"}
