"""Blog API - a small multi-author blog built with FastAPI."""
