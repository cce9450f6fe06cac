from contextlib import asynccontextmanager

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

from app.config import get_properties
from app.controller import auth_controller, comment_controller, post_controller
from app.database import Base, engine
from app.exception.handlers import register_exception_handlers


@asynccontextmanager
async def lifespan(_: FastAPI):
    Base.metadata.create_all(bind=engine)
    yield


app = FastAPI(
    title="Blog API",
    version="1.0.0",
    description="Multi-author blog: users, posts and comments. Authentication: OAuth2 password flow, JWT bearer.",
    lifespan=lifespan,
)

app.add_middleware(
    CORSMiddleware,
    allow_origins=get_properties().cors_allowed_origins,
    allow_credentials=True,
    allow_methods=["GET", "POST", "PATCH", "DELETE"],
    allow_headers=["Authorization", "Content-Type"],
)

register_exception_handlers(app)

app.include_router(auth_controller.router)
app.include_router(post_controller.router)
app.include_router(comment_controller.router)


@app.get("/health", tags=["Actuator"], summary="Liveness probe")
def health() -> dict[str, str]:
    return {"status": "UP"}
