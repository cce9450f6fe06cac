"""Application factory.

Usage (from the project root)::

    uvicorn --factory blogapi.application:create_app

or ``uvicorn blogapi.main:app`` for tools that expect a module-level object.
"""

from fastapi import FastAPI

from . import __version__
from .config import load_config
from .persistence import make_session_factory
from .routes import accounts, posts


def create_app(config=None):
    """Build a fully configured FastAPI application.

    Parameters
    ----------
    config : blogapi.config.Config, optional
        Configuration to use; by default it is read from the environment
        (see :func:`blogapi.config.load_config`).

    Returns
    -------
    fastapi.FastAPI
    """
    config = config or load_config()
    app = FastAPI(
        title="blogapi",
        version=__version__,
        description="A small multi-author blog. Write operations need a bearer token "
        "obtained from `POST /auth/token`.",
    )
    app.state.config = config
    app.state.session_factory = make_session_factory(config.database_url)
    app.include_router(accounts.router)
    app.include_router(posts.router)
    return app
