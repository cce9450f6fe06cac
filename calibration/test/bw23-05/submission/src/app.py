from contextlib import asynccontextmanager

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

from src import config, db
from src.middleware.auth import auth
from src.middleware.error_handler import error_handler
from src.middleware.logger import logger
from src.routes import auth as auth_routes
from src.routes import comments, posts


@asynccontextmanager
async def lifespan(app):
    await db.connect()
    yield
    await db.disconnect()


app = FastAPI(title="Blog API", lifespan=lifespan)

# middleware (same order as the express app.use() chain)
app.add_middleware(
    CORSMiddleware,
    allow_origins=[config.CORS_ORIGIN],
    allow_credentials=True,
    allow_methods=["*"],
    allow_headers=["*"],
)
app.middleware("http")(logger)
app.middleware("http")(auth)
app.middleware("http")(error_handler)

# routes
app.include_router(auth_routes.router, prefix="/api/auth", tags=["auth"])
app.include_router(posts.router, prefix="/api/posts", tags=["posts"])
app.include_router(comments.router, prefix="/api/posts/{id}/comments", tags=["comments"])


@app.get("/")
async def health():
    return {"status": "ok", "service": "blog-api"}
