"""ASGI entry point: ``uvicorn todo_api.asgi:app``."""
from todo_api.main import create_app

app = create_app()
