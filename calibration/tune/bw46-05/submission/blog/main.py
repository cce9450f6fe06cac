import logging

from fastapi import FastAPI

from blog.config import LOG_LEVEL
from blog.database import Base, engine
from blog.routers import auth, comments, posts

logging.basicConfig(
    level=LOG_LEVEL,
    format="%(asctime)s %(levelname)-8s %(name)s: %(message)s",
)

Base.metadata.create_all(bind=engine)

app = FastAPI(
    title="Blog API",
    description="Multi-author blog: users, posts and comments. "
    "Authenticate with the OAuth2 password flow (POST /auth/token).",
    version="1.0.0",
)

app.include_router(auth.router)
app.include_router(posts.router)
app.include_router(comments.router)


@app.get("/health", tags=["health"])
def health() -> dict:
    return {"status": "ok"}
