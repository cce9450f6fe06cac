"""Multi-user todo API."""

__version__ = "0.1.0"
