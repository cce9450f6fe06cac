"""Multi-user todo API."""

from todo_api.app import create_app

__all__ = ["create_app"]
