"""ASGI entry point: ``uvicorn todo_api.main:app``."""

from todo_api.app import create_app

app = create_app()
