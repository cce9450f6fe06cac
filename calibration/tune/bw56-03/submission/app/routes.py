from fastapi import APIRouter

from app.http.controllers import auth_controller, comment_controller, post_controller

api = APIRouter(prefix="/api")

api.include_router(auth_controller.router)
api.include_router(post_controller.router)
api.include_router(comment_controller.router)
