"""The one place the grader's version is written; pyproject.toml reads it from here."""

VERSION = "0.1.0"
