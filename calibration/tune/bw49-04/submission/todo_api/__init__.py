"""A small, multi-user todo API built with FastAPI."""
