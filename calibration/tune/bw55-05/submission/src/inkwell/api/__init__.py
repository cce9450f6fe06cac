from fastapi import APIRouter

from inkwell.api import auth, comments, posts

api_router = APIRouter(prefix="/api/v1")
api_router.include_router(auth.router)
api_router.include_router(posts.router)
api_router.include_router(comments.router)

__all__ = ["api_router"]
