"""TodoAppWeb.Endpoint"""

from contextlib import asynccontextmanager

from fastapi import FastAPI

from todo_app import repo
from todo_app_web.controllers import router


@asynccontextmanager
async def lifespan(_app: FastAPI):
    repo.migrate()
    yield


app = FastAPI(title="TodoApp", lifespan=lifespan)
app.include_router(router)
