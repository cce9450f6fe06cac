"""Multi-author blog API."""
