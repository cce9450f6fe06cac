from fastapi import FastAPI

from .config import Config
from .extensions import db


def create_app(test_config=None):
    """Application factory, same idea as in Flask."""
    app = FastAPI(
        title="Todo API",
        version="0.1.0",
        description="Personal todo lists. Authenticate with `/auth/login`, then send the token as a Bearer header.",
    )

    # Flask-style config: upper-case attributes of the config object, optionally overridden.
    app.state.config = {key: getattr(Config, key) for key in dir(Config) if key.isupper()}
    if test_config:
        app.state.config.update(test_config)

    if not app.state.config.get("SECRET_KEY"):
        raise RuntimeError("TODO_SECRET_KEY is not set - refusing to start without a signing key")

    db.init_app(app, app.state.config["DATABASE_URI"])

    from . import models  # noqa: F401  (register the tables on db.Model)

    db.create_all()

    # "blueprints"
    from .auth import bp as auth_bp
    from .todos import bp as todos_bp

    app.include_router(auth_bp)
    app.include_router(todos_bp)

    @app.get("/health", tags=["meta"])
    async def health():
        return {"status": "ok"}

    return app
