"""Multi-user Todo API."""
