"""A small multi-user todo API over SQLite, written against the raw sqlite3 module."""

__version__ = "0.1.0"
