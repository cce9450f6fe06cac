"""Todo API: FastAPI at the edge, actors inside."""
