"""Blog API take-home."""

__version__ = "0.1.0"
