"""Multi-author blog API (FastAPI + aiosqlite)."""

__version__ = "0.1.0"
