"""Entry point: builds the FastAPI application.

Run it with:

    uvicorn app.main:app --reload
"""

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

from app.config import CORS_ORIGINS
from app.database import Base, engine
from app.routers import auth, todos

DESCRIPTION = """
A small API to keep **your own** todo list.

## How to use it

1. Create an account with `POST /auth/register`.
2. Sign in with the **Authorize** button (or `POST /auth/token`) to get a bearer token.
3. Manage your todos under `/todos`.

Errors always come back as JSON with a plain-language `detail` message, so they
can be shown to people (or read out by a screen reader) as they are.
"""

TAGS = [
    {"name": "Accounts", "description": "Sign up, sign in and see who you are signed in as."},
    {"name": "Todos", "description": "Create, read, update and delete your own todos."},
]

Base.metadata.create_all(bind=engine)

app = FastAPI(
    title="Todo API",
    summary="Keep a personal todo list, one per account.",
    description=DESCRIPTION,
    version="1.0.0",
    openapi_tags=TAGS,
)

# Let the front-end dev server (and any other client) call the API from the browser.
app.add_middleware(
    CORSMiddleware,
    allow_origins=CORS_ORIGINS,
    allow_credentials=True,
    allow_methods=["*"],
    allow_headers=["*"],
)

app.include_router(auth.router)
app.include_router(todos.router)


@app.get("/", include_in_schema=False)
def root() -> dict[str, str]:
    return {"message": "Todo API is running. Open /docs for the interactive documentation."}
