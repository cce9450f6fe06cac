from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

from app.database import init_db
from app.routers import comments, posts, users

app = FastAPI(
    title="Blog API",
    description="Multi-author Blog API with JWT authentication",
    version="1.0.0",
)

app.add_middleware(
    CORSMiddleware,
    allow_origins=["*"],
    allow_credentials=True,
    allow_methods=["*"],
    allow_headers=["*"],
)

init_db()

app.include_router(users.router)
app.include_router(posts.router)
app.include_router(comments.router)


@app.get("/health", tags=["Health"])
async def health_check() -> dict:
    """Health check endpoint"""
    return {"status": "healthy"}
