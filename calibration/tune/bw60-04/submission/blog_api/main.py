from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI, Request
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import JSONResponse

from blog_api.core.config import get_settings
from blog_api.core.db import create_all, engine
from blog_api.errors import DomainError
from blog_api.routers import auth, comments, posts


@asynccontextmanager
async def lifespan(_: FastAPI) -> AsyncIterator[None]:
    await create_all()
    yield
    await engine.dispose()


app = FastAPI(
    title="Blog API",
    version="1.0.0",
    summary="Multi-author blog: posts, comments, bearer-token auth.",
    lifespan=lifespan,
)

# Public read API authenticated by bearer header only; no cookies, so no credentials in CORS.
app.add_middleware(
    CORSMiddleware,
    allow_origins=get_settings().cors_origins,
    allow_credentials=False,
    allow_methods=["GET", "POST", "PATCH", "DELETE"],
    allow_headers=["Authorization", "Content-Type"],
)


@app.exception_handler(DomainError)
async def domain_error_handler(_: Request, exc: DomainError) -> JSONResponse:
    return JSONResponse(status_code=exc.status_code, content={"detail": exc.detail})


app.include_router(auth.router)
app.include_router(posts.router)
app.include_router(comments.router)


@app.get("/health", include_in_schema=False)
async def health() -> dict[str, str]:
    return {"status": "ok"}
