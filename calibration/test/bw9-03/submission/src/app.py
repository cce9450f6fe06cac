import logging
from contextlib import asynccontextmanager

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

from src import config
from src.db import init_db
from src.middleware import auth_middleware, logging_middleware, request_id_middleware
from src.routes import auth, comments, posts

logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s %(message)s")


@asynccontextmanager
async def lifespan(app: FastAPI):
    await init_db()
    yield


app = FastAPI(title="Blog API", version="0.1.0", lifespan=lifespan)

# Order matters: the last one added runs first (outermost), same idea as app.use() order.
app.middleware("http")(auth_middleware)
app.middleware("http")(logging_middleware)
app.middleware("http")(request_id_middleware)

# Public read API; auth is a bearer header, not cookies, so no credentials here.
app.add_middleware(
    CORSMiddleware,
    allow_origins=config.CORS_ORIGINS,
    allow_methods=["*"],
    allow_headers=["*"],
)

app.include_router(auth.router)
app.include_router(posts.router)
app.include_router(comments.router)


@app.get("/health")
async def health() -> dict[str, str]:
    return {"status": "ok"}
