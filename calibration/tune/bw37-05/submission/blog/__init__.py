import os

from fastapi import FastAPI, Request

from . import db


def create_app(test_config=None):
    app = FastAPI(title="Blog")

    app.state.config = {
        "SECRET_KEY": os.environ.get("SECRET_KEY", "dev"),
        "DATABASE": os.environ.get("DATABASE", "blog.sqlite"),
        "TOKEN_MAX_AGE": 60 * 60 * 24,
    }
    if test_config is not None:
        app.state.config.update(test_config)

    @app.middleware("http")
    async def db_connection(request: Request, call_next):
        # like flask.g: one connection per request, closed on teardown
        request.state.db = db.connect(app.state.config["DATABASE"])
        try:
            response = await call_next(request)
        finally:
            request.state.db.close()
        return response

    from . import auth, posts

    app.include_router(auth.router)
    app.include_router(posts.router)

    @app.get("/hello")
    def hello():
        return {"message": "Hello, World!"}

    return app
