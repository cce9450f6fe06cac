"""Todo API: a thin FastAPI shell around small, pure functions."""
