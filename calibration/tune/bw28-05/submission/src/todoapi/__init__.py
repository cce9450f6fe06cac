"""Todo API: a small multi-user todo service built with FastAPI."""

__version__ = "1.0.0"
