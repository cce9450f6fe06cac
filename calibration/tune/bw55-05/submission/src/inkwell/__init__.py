"""Inkwell: a small multi-author blog API."""

__version__ = "1.0.0"
