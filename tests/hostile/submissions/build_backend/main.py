"""A plain app, except that it needs the module the project's own build backend produced."""

from fastapi import FastAPI

import hostile_build_proof

app = FastAPI(title="Build backend")


@app.get("/")
async def root() -> dict[str, str]:
    return {"built_by": hostile_build_proof.RAN_IN}
