"""Writes 200 MiB to stdout at import, then serves normally.

Bounded: exactly 200 MiB of output, then it stops.
"""

import sys

from fastapi import FastAPI

TOTAL = 200 * 1024 * 1024
LINE = "FLOOD-LINE " + "x" * 1012 + "\n"  # 1 KiB per line
BLOCK = LINE * 1024  # 1 MiB per write

for _ in range(TOTAL // len(BLOCK)):
    sys.stdout.write(BLOCK)
sys.stdout.flush()

app = FastAPI(title="Stdout flood")


@app.get("/")
async def root() -> dict[str, str]:
    return {"status": "done shouting"}
