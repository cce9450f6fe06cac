from fastapi import APIRouter

from . import auth, comments, posts

router = APIRouter(prefix="/api/v1")
router.include_router(auth.router)
router.include_router(posts.router)
router.include_router(comments.router)
