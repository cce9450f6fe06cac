"""Multi-user todo service."""

__version__ = "1.0.0"
