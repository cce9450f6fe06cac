"""Application entry point: `uvicorn app.main:app`."""

from __future__ import annotations

from fastapi import FastAPI, Request, status
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse

from app.models import Health
from app.routers import auth, comments, posts

app = FastAPI(
    title="Blog API",
    version="1.0.0",
    description="Posts and comments. Register, log in at `/auth/login`, then send the bearer token.",
)
app.include_router(auth.router)
app.include_router(posts.router)
app.include_router(comments.router)


@app.exception_handler(RequestValidationError)
async def validation_error(request: Request, exc: RequestValidationError) -> JSONResponse:
    """FastAPI's 422 without the echoed `input`, which would send passwords back."""
    errors = [{"loc": err["loc"], "msg": err["msg"], "type": err["type"]} for err in exc.errors()]
    return JSONResponse(
        status_code=status.HTTP_422_UNPROCESSABLE_ENTITY,
        content=jsonable_encoder({"detail": errors}),
    )


@app.get("/health", response_model=Health, tags=["meta"], summary="Liveness probe")
async def health() -> Health:
    return Health()
