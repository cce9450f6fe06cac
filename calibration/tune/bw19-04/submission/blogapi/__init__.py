"""blogapi: a small multi-author blog API built on FastAPI and SQLAlchemy 2.0 (async)."""

__version__ = "0.1.0"
