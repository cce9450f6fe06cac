"""inkwell: a small multi-author blog API."""
