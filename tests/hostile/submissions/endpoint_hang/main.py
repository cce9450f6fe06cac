"""One endpoint that never answers (an hour of asyncio.sleep); the rest of the app is fine.

Bounded: the sleep ends after an hour; nothing else happens.
"""

import asyncio

from fastapi import FastAPI

app = FastAPI(title="Endpoint hang")


@app.get("/")
async def root() -> dict[str, str]:
    return {"status": "ok"}


@app.get("/slow")
async def slow() -> dict[str, str]:
    await asyncio.sleep(3600)
    return {"status": "finally"}
