from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

from app import errors
from app.database import Base, engine
from app.routers import auth, comments, posts

Base.metadata.create_all(bind=engine)

app = FastAPI(
    title="Blog API",
    version="1.0.0",
    description="Multi-author blog: accounts, posts and comments. "
    "Authenticate with `POST /auth/token` and send `Authorization: Bearer <token>`.",
)

# Public read API, usable from any web client. Auth travels in the Authorization
# header (never in cookies), so credentials stay off and "*" is safe here.
app.add_middleware(
    CORSMiddleware,
    allow_origins=["*"],
    allow_credentials=False,
    allow_methods=["GET", "POST", "PATCH", "DELETE"],
    allow_headers=["Authorization", "Content-Type"],
)

errors.register(app)

app.include_router(auth.router)
app.include_router(posts.router)
app.include_router(comments.router)


@app.get("/health", tags=["meta"], summary="Liveness check")
def health() -> dict[str, str]:
    return {"status": "ok"}
