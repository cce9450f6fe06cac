import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

from blog.config import settings
from blog.db import init_db
from blog.middleware import access_log_middleware, request_id_middleware
from blog.routes import auth, comments, posts

logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")


@asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[None]:
    await init_db(settings.database_path)
    yield


app = FastAPI(
    title="Blog API",
    version="1.0.0",
    description="Multi-author blog: accounts, posts and comments. Auth is OAuth2 password flow + JWT bearer.",
    lifespan=lifespan,
)

# let the frontend call us from any dev port, same as cors({ origin: true, credentials: true })
app.add_middleware(
    CORSMiddleware,
    allow_origins=["*"],
    allow_credentials=True,
    allow_methods=["*"],
    allow_headers=["*"],
)
app.middleware("http")(access_log_middleware)
app.middleware("http")(request_id_middleware)

app.include_router(auth.router)
app.include_router(posts.router)
app.include_router(comments.router)


@app.get("/health", tags=["meta"], summary="Liveness check")
async def health() -> dict[str, str]:
    return {"status": "ok"}
