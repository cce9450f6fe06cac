from fastapi import APIRouter

from app.Http.Controllers import auth_controller, comment_controller, post_controller

# routes/api.php
api = APIRouter(prefix="/api")

api.include_router(auth_controller.router, prefix="/auth", tags=["auth"])
api.include_router(post_controller.router, tags=["posts"])
api.include_router(comment_controller.router, tags=["comments"])
