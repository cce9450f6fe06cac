"""A small multi-author blog API (FastAPI + Tortoise ORM)."""
