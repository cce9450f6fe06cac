from fastapi import APIRouter, Depends

from app.http.controllers.auth_controller import AuthController
from app.http.controllers.comment_controller import CommentController
from app.http.controllers.post_controller import PostController
from app.http.middleware.authenticate import auth_sanctum

router = APIRouter(prefix="/api")

middleware_aliases = {"auth:sanctum": auth_sanctum}


class Route:
    @staticmethod
    def add(method, path, action, middleware=None):
        dependencies = [Depends(middleware_aliases[m]) for m in (middleware or [])]
        router.add_api_route(path, action, methods=[method], dependencies=dependencies)

    @staticmethod
    def get(path, action, middleware=None):
        Route.add("GET", path, action, middleware)

    @staticmethod
    def post(path, action, middleware=None):
        Route.add("POST", path, action, middleware)

    @staticmethod
    def put(path, action, middleware=None):
        Route.add("PUT", path, action, middleware)

    @staticmethod
    def delete(path, action, middleware=None):
        Route.add("DELETE", path, action, middleware)


auth = AuthController()
posts = PostController()
comments = CommentController()

Route.post("/register", auth.register)
Route.post("/login", auth.login)
Route.get("/user", auth.me, middleware=["auth:sanctum"])

Route.get("/posts", posts.index)
Route.get("/posts/{id}", posts.show)
Route.post("/posts", posts.store, middleware=["auth:sanctum"])
Route.put("/posts/{id}", posts.update, middleware=["auth:sanctum"])
Route.delete("/posts/{id}", posts.destroy, middleware=["auth:sanctum"])

Route.get("/posts/{post_id}/comments", comments.index)
Route.post("/posts/{post_id}/comments", comments.store, middleware=["auth:sanctum"])
