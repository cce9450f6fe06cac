"""Application entry point: `uvicorn todo_api.main:app`."""

from contextlib import asynccontextmanager

from fastapi import FastAPI

from todo_api import __version__
from todo_api.database import create_db_and_tables
from todo_api.routers import auth, todos

DESCRIPTION = """
Keep a personal todo list. Every user sees only their own todos.

**Getting started**

1. Create an account with `POST /auth/register`.
2. Click **Authorize** and log in with the same username and password.
3. Try the `/todos` endpoints.

See the README for a full walkthrough with `curl`.
"""

TAGS = [
    {"name": "Authentication", "description": "Create an account and get an access token."},
    {"name": "Todos", "description": "Manage your own todos. All routes need a token."},
]


@asynccontextmanager
async def lifespan(app: FastAPI):
    create_db_and_tables()
    yield


app = FastAPI(
    title="Todo API",
    version=__version__,
    description=DESCRIPTION,
    openapi_tags=TAGS,
    lifespan=lifespan,
)

app.include_router(auth.router)
app.include_router(todos.router)
