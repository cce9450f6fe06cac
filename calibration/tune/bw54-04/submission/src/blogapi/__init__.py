"""Multi-author blog API."""

__version__ = "0.1.0"
