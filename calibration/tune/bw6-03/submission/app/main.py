from contextlib import asynccontextmanager

from fastapi import FastAPI

from app.database import create_tables
from app.routers import todos, users


@asynccontextmanager
async def lifespan(app: FastAPI):
    await create_tables()
    yield


app = FastAPI(
    title="Todo API",
    description="A simple todo list API where every user has their own todos.",
    version="1.0.0",
    lifespan=lifespan,
)

app.include_router(users.router)
app.include_router(todos.router)


@app.get("/", tags=["health"], summary="Health check")
async def root():
    return {"status": "ok"}
