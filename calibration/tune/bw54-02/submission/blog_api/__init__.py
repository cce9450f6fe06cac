"""Blog API - a small multi-author blog service."""
