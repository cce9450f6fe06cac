"""Todo API: a small multi-user todo service."""
