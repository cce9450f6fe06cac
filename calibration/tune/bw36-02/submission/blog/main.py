from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

from blog import settings
from blog.database import Base, engine
from blog.views import accounts, posts

Base.metadata.create_all(bind=engine)

app = FastAPI(title="Blog API", version="0.1.0", debug=settings.DEBUG)

if settings.CORS_ALLOW_ALL_ORIGINS:
    app.add_middleware(
        CORSMiddleware,
        allow_origins=["*"],
        allow_credentials=settings.CORS_ALLOW_CREDENTIALS,
        allow_methods=["*"],
        allow_headers=["*"],
    )

app.include_router(accounts.router, prefix="/api/auth", tags=["auth"])
app.include_router(posts.router, prefix="/api", tags=["posts"])


@app.get("/", include_in_schema=False)
async def root():
    return {"posts": "/api/posts/", "docs": "/docs"}
