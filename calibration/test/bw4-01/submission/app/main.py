from contextlib import asynccontextmanager

from fastapi import FastAPI

from app.database import init_db
from app.routers import auth, todos


@asynccontextmanager
async def lifespan(app: FastAPI):
    await init_db()
    yield


app = FastAPI(
    title="Todo API",
    version="0.1.0",
    description="Async todo list API: FastAPI + aiosqlite, OAuth2 password flow with JWT bearer tokens.",
    lifespan=lifespan,
)
app.include_router(auth.router)
app.include_router(todos.router)


@app.get("/health", tags=["meta"])
async def health():
    return {"status": "ok"}
