from contextlib import asynccontextmanager

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

from app.controllers import comments_controller, posts_controller, sessions_controller, users_controller
from app.db import ApplicationRecord, RecordInvalid, RecordNotFound, engine
from app import models  # noqa: F401  (registers the models)


@asynccontextmanager
async def lifespan(_app: FastAPI):
    ApplicationRecord.metadata.create_all(engine)  # db:schema:load
    yield


app = FastAPI(title="Blog API", version="1.0.0", lifespan=lifespan)

app.include_router(users_controller.router)
app.include_router(sessions_controller.router)
app.include_router(posts_controller.router)
app.include_router(comments_controller.router)


@app.exception_handler(RecordNotFound)
async def record_not_found(request: Request, exc: RecordNotFound):
    return JSONResponse(status_code=404, content={"detail": str(exc)})


@app.exception_handler(RecordInvalid)
async def record_invalid(request: Request, exc: RecordInvalid):
    return JSONResponse(status_code=422, content={"detail": str(exc), "errors": exc.errors})
