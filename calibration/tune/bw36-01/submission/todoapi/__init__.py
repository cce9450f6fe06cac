"""todoapi: a small multi-user todo service."""
