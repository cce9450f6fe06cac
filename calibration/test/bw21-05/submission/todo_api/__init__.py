"""Todo API: a small multi-user todo service built with FastAPI and SQLModel."""

__version__ = "1.0.0"
