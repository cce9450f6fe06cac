from fastapi import APIRouter

from app.api.api_v1.endpoints import comments, login, posts, users, utils

api_router = APIRouter()
api_router.include_router(login.router, tags=["login"])
api_router.include_router(users.router, prefix="/users", tags=["users"])
api_router.include_router(posts.router, prefix="/posts", tags=["posts"])
api_router.include_router(comments.router, prefix="/posts", tags=["comments"])
api_router.include_router(utils.router, prefix="/utils", tags=["utils"])
