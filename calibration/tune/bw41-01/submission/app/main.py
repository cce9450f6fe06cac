from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI, Request, status
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import JSONResponse

from app.config.database import engine
from app.controllers import comments_controller, posts_controller, sessions_controller, users_controller
from app.models import ApplicationRecord, RecordInvalid, RecordNotFound


@asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[None]:
    # Stand-in for `rails db:migrate` until Alembic is wired up.
    ApplicationRecord.metadata.create_all(bind=engine)
    yield


app = FastAPI(title="Blog API", version="1.0.0", lifespan=lifespan)

app.add_middleware(
    CORSMiddleware,
    allow_origins=["*"],
    allow_credentials=True,
    allow_methods=["*"],
    allow_headers=["*"],
)


@app.exception_handler(RecordNotFound)
async def record_not_found(request: Request, exc: RecordNotFound) -> JSONResponse:
    return JSONResponse(status_code=status.HTTP_404_NOT_FOUND, content={"detail": str(exc)})


@app.exception_handler(RecordInvalid)
async def record_invalid(request: Request, exc: RecordInvalid) -> JSONResponse:
    return JSONResponse(status_code=status.HTTP_422_UNPROCESSABLE_ENTITY, content={"detail": exc.errors})


app.include_router(users_controller.router)
app.include_router(sessions_controller.router)
app.include_router(posts_controller.router)
app.include_router(comments_controller.router)


@app.get("/up", tags=["health"], summary="Health check")
async def up() -> dict[str, str]:
    return {"status": "ok"}
