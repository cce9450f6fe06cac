from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

from blog.db import Base, engine
from blog.posts.views import router as posts_router
from blog.settings import settings
from blog.users.views import router as users_router

app = FastAPI(title="Blog API", debug=settings.DEBUG)

if settings.CORS_ALLOW_ALL_ORIGINS:
    # same as django-cors-headers' CORS_ALLOW_ALL_ORIGINS, the frontend runs on another port
    app.add_middleware(
        CORSMiddleware,
        allow_origins=["*"],
        allow_credentials=True,
        allow_methods=["*"],
        allow_headers=["*"],
    )

app.include_router(users_router)
app.include_router(posts_router)


@app.on_event("startup")
async def create_tables() -> None:
    # handy in development; in production run `make migrate` instead
    async with engine.begin() as conn:
        await conn.run_sync(Base.metadata.create_all)
