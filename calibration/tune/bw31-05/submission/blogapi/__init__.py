"""Small multi-author blog API (FastAPI + SQLModel)."""
