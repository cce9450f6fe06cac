"""A small multi-user Todo API."""
