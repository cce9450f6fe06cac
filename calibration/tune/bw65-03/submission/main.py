import logging
from contextlib import asynccontextmanager

from fastapi import FastAPI

from database import init_db
from middleware import register_middleware
from routers import todos, users

logging.basicConfig(level=logging.INFO)


@asynccontextmanager
async def lifespan(app: FastAPI):
    init_db()
    yield


app = FastAPI(
    title="Todo API",
    description="Personal todo lists. OAuth2 password flow, JWT bearer tokens.",
    version="0.1.0",
    lifespan=lifespan,
)

register_middleware(app)
app.include_router(users.router)
app.include_router(todos.router)


@app.get("/health", tags=["meta"])
async def health() -> dict:
    return {"ok": True}
