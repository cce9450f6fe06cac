"""Inkwell: a small multi-author blog API."""
