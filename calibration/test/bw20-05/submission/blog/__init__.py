import os

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

from blog import auth, db, posts
from blog.globals import config, pop_request_context, push_request_context


def create_app(test_config=None):
    """Application factory."""
    app = FastAPI(title="Blog")

    config.clear()
    config.update(
        SECRET_KEY=os.environ.get("SECRET_KEY", "dev"),
        DATABASE=os.environ.get("DATABASE", os.path.join(os.getcwd(), "instance", "blog.sqlite")),
        TOKEN_MAX_AGE=3600,
    )
    if test_config is not None:
        config.update(test_config)

    os.makedirs(os.path.dirname(config["DATABASE"]), exist_ok=True)
    if not os.path.exists(config["DATABASE"]):
        db.init_db()

    app.add_middleware(
        CORSMiddleware,
        allow_origins=["*"],
        allow_credentials=True,
        allow_methods=["*"],
        allow_headers=["*"],
    )

    @app.middleware("http")
    async def request_context(request, call_next):
        # before_request / teardown_appcontext
        ctx = push_request_context()
        try:
            auth.load_logged_in_user(request)
            response = await call_next(request)
        finally:
            db.close_db()
            pop_request_context(ctx)
        return response

    app.include_router(auth.bp)
    app.include_router(posts.bp)

    return app
