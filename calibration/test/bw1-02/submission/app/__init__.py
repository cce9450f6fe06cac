"""Todo API - take-home assignment."""
