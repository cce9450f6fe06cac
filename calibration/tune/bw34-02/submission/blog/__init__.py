import os

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

from . import auth, comments, posts
from .config import Config


def create_app(test_config=None):
    """Application factory, same idea as Flask's create_app()."""
    app = FastAPI(title="Blog", version="1.0")

    # app.config, Flask style
    config = {k: getattr(Config, k) for k in dir(Config) if k.isupper()}
    if test_config is not None:
        config.update(test_config)
    app.state.config = config

    os.makedirs(os.path.dirname(os.path.abspath(config["DATABASE"])), exist_ok=True)

    app.add_middleware(
        CORSMiddleware,
        allow_origins=["*"],
        allow_credentials=True,
        allow_methods=["*"],
        allow_headers=["*"],
    )

    # blueprints
    app.include_router(auth.bp)
    app.include_router(posts.bp)
    app.include_router(comments.bp)

    @app.get("/hello")
    def hello():
        return "Hello, World!"

    return app
