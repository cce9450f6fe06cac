"""Todo API package."""
