from contextlib import asynccontextmanager

from fastapi import FastAPI

from . import auth
from .database import Base, engine
from .viewsets import PostViewSet, comments_router


@asynccontextmanager
async def lifespan(app: FastAPI):
    # no migrations framework wired in yet (would be alembic, i.e. `manage.py migrate`)
    Base.metadata.create_all(bind=engine)
    yield


app = FastAPI(
    title="Blog API",
    version="1.0.0",
    description="Multi-author blog: posts and comments. Auth: OAuth2 password flow, bearer JWT.",
    lifespan=lifespan,
)

app.include_router(auth.router)
app.include_router(PostViewSet().as_router())
app.include_router(comments_router)
